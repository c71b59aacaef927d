// The police part of an incident and the descriptions of suspects, shared by
// the report and the safety officer's follow-up: which details are asked
// depends on whether the police were informed or a report was filed.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/http';
import { Button } from '../../ui/Button';
import { SelectField, TextAreaField, TextField } from '../../ui/Form';
import { POLICE_CONTACT_ROUTES, POLICE_INVOLVEMENTS, REPORT_FILERS, MAX_SUSPECTS } from '../../../../server/src/modules/policeCooperation/policeCooperation.options';
import { ChoiceGroup } from './ChoiceGroup';
import { incidentLabel, incidentOptions, nowLocalInput, SUSPECT_FIELDS, toLocalInput } from './incidentForm';
import type { Incident } from './incidentsApi';

type Suspect = Incident['suspects'][number];

export function PoliceFields({ initial, error }: { initial?: Partial<Incident>; error: ApiError | null }) {
  const { t } = useTranslation();
  const [involvement, setInvolvement] = useState<string>(initial?.policeInvolvement ?? '');
  const fieldError = (name: string) => error?.field(name);
  const informed = involvement === 'informed' || involvement === 'reportFiled';
  return (
    <fieldset className="baken-section-set">
      <legend>{t('incidents.detail.police')}</legend>
      <ChoiceGroup
        type="radio"
        name="policeInvolvement"
        legend={incidentLabel(t, 'policeInvolvement')}
        description={t('incidents.hints.police')}
        choices={incidentOptions(t, 'policeInvolvement', POLICE_INVOLVEMENTS)}
        defaultValues={initial?.policeInvolvement ? [initial.policeInvolvement] : []}
        error={fieldError('policeInvolvement')}
        onChange={setInvolvement}
      />
      {informed && (
        <>
          <SelectField
            name="policeContactRoute"
            label={incidentLabel(t, 'policeContactRoute')}
            optional={involvement === 'reportFiled'}
            placeholder={t('caseTeam.choose')}
            options={incidentOptions(t, 'policeContactRoute', POLICE_CONTACT_ROUTES)}
            error={fieldError('policeContactRoute')}
            defaultValue={initial?.policeContactRoute ?? ''}
          />
          <TextField
            name="policeContactAt"
            type="datetime-local"
            label={incidentLabel(t, 'policeContactAt')}
            error={fieldError('policeContactAt')}
            defaultValue={toLocalInput(initial?.policeContactAt) || nowLocalInput()}
          />
        </>
      )}
      {involvement === 'reportFiled' && (
        <ChoiceGroup
          type="radio"
          name="reportFiledBy"
          legend={incidentLabel(t, 'reportFiledBy')}
          choices={incidentOptions(t, 'reportFiledBy', REPORT_FILERS)}
          defaultValues={initial?.reportFiledBy ? [initial.reportFiledBy] : []}
          error={fieldError('reportFiledBy')}
        />
      )}
      {informed && (
        <TextField name="policeReference" label={incidentLabel(t, 'policeReference')} optional error={fieldError('policeReference')} defaultValue={initial?.policeReference ?? ''} />
      )}
    </fieldset>
  );
}

/** Zero or more descriptions of suspects; each block can be removed, and one added up to the limit. */
export function SuspectFields({ initial = [], error, onCountChange }: { initial?: Suspect[]; error: ApiError | null; onCountChange: (count: number) => void }) {
  const { t } = useTranslation();
  const next = useRef(initial.length);
  const [blocks, setBlocks] = useState<{ key: number; value?: Suspect }[]>(() => initial.map((value, key) => ({ key, value })));
  const change = (updated: typeof blocks) => {
    setBlocks(updated);
    onCountChange(updated.length);
  };
  return (
    <fieldset className="baken-section-set">
      <legend>{incidentLabel(t, 'suspects')}</legend>
      <p className="utrecht-paragraph baken-hint">{t('incidents.hints.suspects')}</p>
      {blocks.length === 0 && <p className="utrecht-paragraph">{t('incidents.noSuspects')}</p>}
      {blocks.map((block, i) => (
        <fieldset className="baken-suspect" key={block.key}>
          <legend>{t('incidents.suspect', { n: i + 1 })}</legend>
          {SUSPECT_FIELDS.map((field) => {
            const name = `suspects.${i}.${field}`;
            const common = { name, label: incidentLabel(t, field), optional: true, error: error?.field(name), defaultValue: block.value?.[field] ?? '' };
            return field === 'appearance' || field === 'otherFeatures' ? (
              <TextAreaField key={field} {...common} rows={2} />
            ) : (
              <TextField key={field} {...common} description={field === 'vehicle' ? t('incidents.hints.vehicle') : undefined} autoCapitalize={field === 'licencePlate' ? 'characters' : undefined} />
            );
          })}
          <p className="utrecht-paragraph">
            <Button appearance="subtle" onClick={() => change(blocks.filter((b) => b.key !== block.key))}>
              {t('incidents.removeSuspect', { n: i + 1 })}
            </Button>
          </p>
        </fieldset>
      ))}
      {blocks.length < MAX_SUSPECTS && (
        <p className="utrecht-paragraph">
          <Button appearance="secondary" onClick={() => change([...blocks, { key: next.current++ }])}>
            {t('incidents.addSuspect')}
          </Button>
        </p>
      )}
    </fieldset>
  );
}
