// The start page: the tasks this user's roles give, as top-task links. Roles
// whose work arrives in later modules see that plainly, not an empty menu.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../ui/Heading';
import { Alert } from '../ui/Alert';
import type { Capability } from '../../../server/src/platform/authz/roles';
import { can, useSession } from './session';
import { WorkList } from '../features/caseFiles/work/WorkList';
import { CovenantReminders } from '../features/partners/CovenantReminders';
import { QualityReminders } from '../features/quality/expertise/QualityReminders';

interface Task {
  to: string;
  title: string;
  text: string;
  capability: Capability;
}

export function HomePage() {
  const { t } = useTranslation();
  const session = useSession();
  const user = session.data?.user;
  const all: Task[] = [
    { to: '/jongeren', title: t('home.youthsTitle'), text: t('home.youthsText'), capability: 'caseData.access' },
    { to: '/jongeren/nieuw', title: t('home.newYouthTitle'), text: t('home.newYouthText'), capability: 'caseFile.create' },
    { to: '/partners', title: t('partners.homeTaskTitle'), text: t('partners.homeTaskText'), capability: 'partners.read' },
    { to: '/noodtoegang/beoordelen', title: t('home.reviewTitle'), text: t('home.reviewText'), capability: 'breakGlass.review' },
    { to: '/logboek', title: t('home.auditTitle'), text: t('home.auditText'), capability: 'audit.searchOrganisation' },
    { to: '/beheer/gebruikers', title: t('home.usersTitle'), text: t('home.usersText'), capability: 'organisation.manageUsers' },
    { to: '/beheer/teams', title: t('home.teamsTitle'), text: t('home.teamsText'), capability: 'organisation.manageTeams' },
  ];
  const tasks = all.filter((task) => can(session.data, task.capability));
  return (
    <>
      <PageHeading title={t('home.title')}>{t('home.greeting', { name: user?.displayName ?? '' })}</PageHeading>
      <p className="utrecht-paragraph">{t('home.intro', { organisation: user?.organisation.name ?? '' })}</p>
      {tasks.length === 0 ? (
        <Alert kind="info" title={t('home.noTasksTitle')}>
          <p className="utrecht-paragraph">{t('home.noTasks')}</p>
        </Alert>
      ) : (
        <ul className="baken-tasks">
          {tasks.map((task) => (
            <li key={task.to}>
              <Link to={task.to} className="baken-task">
                <span className="baken-task__title">{task.title}</span>
                <span className="baken-task__text">{task.text}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {can(session.data, 'caseData.access') && <WorkList />}
      {can(session.data, 'partners.manage') && <CovenantReminders />}
      <QualityReminders />
    </>
  );
}
