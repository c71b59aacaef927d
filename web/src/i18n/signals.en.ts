import type { signalsNl } from './signals.nl';
import type { Catalog } from './catalog';

export const signalsEn: Catalog<typeof signalsNl> = {
  signals: {
    title: 'Signals',
    intro: 'Record every signal, even when it seems small. Each person often sees only one piece; together they form a picture.',
    bySource: 'Who saw what',
    bySourceIntro: 'Signals by source, so you see what different people see.',
    allTitle: 'All signals',
    sourceCount_one: '{{count}} signal',
    sourceCount_other: '{{count}} signals',
    otherSignal: 'Another signal (describe it below)',
    fromList: 'From the signal list: {{label}}',
    listVersion: 'signal list {{version}}',
    newCount_one: '{{count}} signal not discussed yet',
    newCount_other: '{{count}} signals not discussed yet',
  },
  reportingCode: {
    title: 'Reporting code',
    intro: 'Exploitation falls under the reporting code for domestic violence and child abuse. Record for each step when, with whom and with what outcome.',
    step: 'Step {{number}}',
    steps: {
      '1': 'Map the signals',
      '2': 'Consult a colleague and, if needed, Veilig Thuis or the care coordinator for trafficking',
      '3': 'Talk with the young person and the parents',
      '4': 'Weigh the violence or exploitation',
      '5': 'Decide: report to Veilig Thuis and/or give or organise help',
    },
    record: 'Record step {{number}}',
    notYet: 'Not done yet.',
    done: 'Done on {{date}}',
  },
  assessments: {
    title: 'Screening and risk assessment',
    screeningsTitle: 'Screenings',
    screeningsIntro: 'Baken records which instrument was used and the outcome. You use the instrument itself outside Baken. Baken checks the age fits.',
    ageAt: 'aged {{age}} when administered',
    forAges: 'for {{range}}',
    agesFrom: 'from {{min}}',
    agesBetween: '{{min}} up to and including {{max}}',
    riskTitle: 'Risk assessments',
    riskIntro: 'A lead professional signs off a risk assessment. Mark the assessment at the start of care.',
    initial: 'At the start of care',
    structured: 'structured instrument',
    unstructured: 'without a structured instrument',
    noInitial: 'There is no risk assessment at the start of care yet.',
  },
};
