// Every page and who may see it. Paths are Dutch: they show in the address bar.
import { createBrowserRouter } from 'react-router';
import { Layout } from './Layout';
import { RequireSignIn } from './RequireSignIn';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';
import { PageError } from './PageError';
import { SignInPage } from '../features/auth/SignInPage';
import { SecondFactorPage } from '../features/auth/SecondFactorPage';
import { SetupPage } from '../features/auth/SetupPage';
import { ActivatePage } from '../features/auth/ActivatePage';
import { SessionsPage } from '../features/auth/SessionsPage';
import { KnowledgeBasePage } from '../features/knowledge/KnowledgeBasePage';
import { YouthListPage } from '../features/caseFiles/YouthListPage';
import { NewYouthPage } from '../features/caseFiles/NewYouthPage';
import { CaseFileLayout } from '../features/caseFiles/CaseFileLayout';
import { CaseFileOverviewPage } from '../features/caseFiles/CaseFileOverviewPage';
import { EditYouthPage } from '../features/caseFiles/EditYouthPage';
import { CaseTeamPage } from '../features/caseFiles/CaseTeamPage';
import { JournalPage } from '../features/caseFiles/JournalPage';
import { AccessLogPage } from '../features/caseFiles/AccessLogPage';
import { BreakGlassSearchPage } from '../features/caseFiles/BreakGlassSearchPage';
import { BreakGlassReviewPage } from '../features/caseFiles/BreakGlassReviewPage';
import { UsersPage } from '../features/organisations/UsersPage';
import { NewUserPage } from '../features/organisations/NewUserPage';
import { EditUserPage } from '../features/organisations/EditUserPage';
import { TeamsPage } from '../features/organisations/TeamsPage';
import { SingleSignOnPage } from '../features/organisations/SingleSignOnPage';
import { AuditSearchPage } from '../features/audit/AuditSearchPage';
import { SignalsPage } from '../features/caseFiles/work/SignalsPage';
import { ReportingCodePage } from '../features/caseFiles/work/ReportingCodePage';
import { AssessmentsPage } from '../features/caseFiles/work/AssessmentsPage';
import { SafetyPlanPage } from '../features/caseFiles/work/SafetyPlanPage';
import { NetworkPage } from '../features/caseFiles/work/NetworkPage';
import { VisitsPage } from '../features/caseFiles/work/VisitsPage';
import { CarePlanPage } from '../features/caseFiles/work/CarePlanPage';
import { PlacementMedicalPage } from '../features/caseFiles/work/PlacementMedicalPage';
import { AftercarePage } from '../features/caseFiles/work/AftercarePage';
import { MissingNowPage } from '../features/missing/MissingNowPage';
import { MissingPage } from '../features/missing/MissingPage';
import { PoliceSheetPage } from '../features/missing/PoliceSheetPage';
import { PoliceReportDeliberationPage } from '../features/policeCooperation/PoliceReportDeliberationPage';
import { IncidentsPage } from '../features/policeCooperation/IncidentsPage';
import { IncidentPage } from '../features/policeCooperation/IncidentPage';
import { FileDisclosuresPage } from '../features/disclosures/FileDisclosuresPage';
import { DisclosureRegisterPage } from '../features/disclosures/DisclosureRegisterPage';
import { ReceivedDisclosuresPage } from '../features/disclosures/ReceivedDisclosuresPage';
import { ReceivedDisclosurePage } from '../features/disclosures/ReceivedDisclosurePage';
import { DisclosureFormPage } from '../features/disclosures/DisclosureFormPage';
import { DisclosureDetailPage } from '../features/disclosures/DisclosureDetailPage';
import { ComenshaPage } from '../features/comensha/ComenshaPage';
import { ComenshaRegisterPage } from '../features/comensha/ComenshaRegisterPage';
import { PartnersPage } from '../features/partners/PartnersPage';
import { DirectoryPage } from '../features/providerDirectory/DirectoryPage';
import { RegionalFiguresPage } from '../features/regionalFigures/RegionalFiguresPage';
import { ConferencesPage } from '../features/caseConferences/ConferencesPage';
import { ConferencePage } from '../features/caseConferences/ConferencePage';
import { BringInCasePage } from '../features/caseConferences/BringInCasePage';
import { EntryPage } from '../features/providerDirectory/EntryPage';
import { EditEntryPage, NewEntryPage } from '../features/providerDirectory/EntryFormPage';
import { OwnEntryPage } from '../features/providerDirectory/OwnEntryPage';
import { QualityPage } from '../features/quality/QualityPage';
import { SelfAssessmentListPage } from '../features/quality/selfAssessment/SelfAssessmentListPage';
import { SelfAssessmentPage } from '../features/quality/selfAssessment/SelfAssessmentPage';
import { PoliciesPage } from '../features/quality/PoliciesPage';
import { ExpertisePage } from '../features/quality/expertise/ExpertisePage';
import { IndicatorsPage } from '../features/quality/indicators/IndicatorsPage';
import { InspectionPage } from '../features/inspection/InspectionPage';
import { RoundPage } from '../features/inspection/RoundPage';
import { ProviderJudgmentsPage } from '../features/inspection/ProviderJudgmentsPage';
import { FiguresPage } from '../features/inspection/FiguresPage';
import { OwnInspectionsPage } from '../features/quality/inspections/OwnInspectionsPage';
import { OwnInspectionPage } from '../features/quality/inspections/OwnInspectionPage';
import { ImprovementPage } from '../features/inspection/improvement/ImprovementPage';
import { GoodPracticesPage } from '../features/inspection/improvement/GoodPracticesPage';
import { EditPartnerPage, NewPartnerPage } from '../features/partners/PartnerFormPage';
import { ContactsFormPage } from '../features/partners/ContactsFormPage';
import { CovenantsPage, EditCovenantPage, NewCovenantPage } from '../features/partners/CovenantsPage';
import { CovenantPage } from '../features/partners/CovenantPage';
import { ChecklistListPage } from '../features/municipal/checklist/ChecklistListPage';
import { ChecklistPage } from '../features/municipal/checklist/ChecklistPage';
import { ActionPlanPage } from '../features/municipal/checklist/ActionPlanPage';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <PageError />,
    children: [
      {
        // A page that fails to render shows a plain message inside the layout:
        // the header and navigation stay. The outer one catches a failing layout.
        errorElement: <PageError />,
        children: [
          { path: '/inloggen', element: <SignInPage /> },
          { path: '/inloggen/tweede-stap', element: <SecondFactorPage /> },
          { path: '/inrichten', element: <SetupPage /> },
          { path: '/activeren', element: <ActivatePage /> },
          {
            element: <RequireSignIn />,
            children: [
              { path: '/', element: <HomePage /> },
              { path: '/account/sessies', element: <SessionsPage /> },
              { path: '/kennisbank', element: <KnowledgeBasePage /> },
            ],
          },
          {
            element: <RequireSignIn capability="caseData.access" />,
            children: [
              { path: '/jongeren', element: <YouthListPage /> },
              { path: '/noodtoegang', element: <BreakGlassSearchPage /> },
              { path: '/vermist', element: <MissingNowPage /> },
              {
                path: '/jongeren/:id',
                element: <CaseFileLayout />,
                children: [
                  { index: true, element: <CaseFileOverviewPage /> },
                  { path: 'gegevens-wijzigen', element: <EditYouthPage /> },
                  { path: 'casusteam', element: <CaseTeamPage /> },
                  { path: 'journaal', element: <JournalPage /> },
                  { path: 'wie-keek-mee', element: <AccessLogPage /> },
                  { path: 'signalen', element: <SignalsPage /> },
                  { path: 'meldcode', element: <ReportingCodePage /> },
                  { path: 'screening-en-risico', element: <AssessmentsPage /> },
                  { path: 'veiligheidsplan', element: <SafetyPlanPage /> },
                  { path: 'netwerk', element: <NetworkPage /> },
                  { path: 'bezoek', element: <VisitsPage /> },
                  { path: 'hulpverleningsplan', element: <CarePlanPage /> },
                  { path: 'plaatsing-en-medisch', element: <PlacementMedicalPage /> },
                  { path: 'nazorg', element: <AftercarePage /> },
                  { path: 'vermissing', element: <MissingPage /> },
                  { path: 'vermissing/:episodeId/informatieblad', element: <PoliceSheetPage /> },
                  { path: 'aangifte', element: <PoliceReportDeliberationPage /> },
                  { path: 'comensha', element: <ComenshaPage /> },
                  { path: 'verstrekkingen', element: <FileDisclosuresPage /> },
                  { path: 'verstrekkingen/nieuw', element: <DisclosureFormPage /> },
                  { path: 'verstrekkingen/:disclosureId', element: <DisclosureDetailPage /> },
                ],
              },
            ],
          },
          { element: <RequireSignIn capability="caseFile.create" />, children: [{ path: '/jongeren/nieuw', element: <NewYouthPage /> }] },
          {
            element: <RequireSignIn capability="disclosure.receive" />,
            children: [
              { path: '/ontvangen', element: <ReceivedDisclosuresPage /> },
              { path: '/ontvangen/:id', element: <ReceivedDisclosurePage /> },
            ],
          },
          { element: <RequireSignIn capability="disclosure.readOrganisation" />, children: [{ path: '/verstrekkingen', element: <DisclosureRegisterPage /> }] },
          { element: <RequireSignIn capability="comensha.readRegister" />, children: [{ path: '/comensha', element: <ComenshaRegisterPage /> }] },
          {
            element: <RequireSignIn capability="incident.report" />,
            children: [
              { path: '/veiligheid', element: <IncidentsPage /> },
              { path: '/veiligheid/:id', element: <IncidentPage /> },
            ],
          },
          {
            element: <RequireSignIn capability="partners.read" />,
            children: [
              { path: '/partners', element: <PartnersPage /> },
              { path: '/partners/convenanten', element: <CovenantsPage /> },
              { path: '/partners/convenanten/:id', element: <CovenantPage /> },
            ],
          },
          {
            element: <RequireSignIn capability="partners.manage" />,
            children: [
              { path: '/partners/nieuw', element: <NewPartnerPage /> },
              { path: '/partners/:id/wijzigen', element: <EditPartnerPage /> },
              { path: '/partners/contactgegevens', element: <ContactsFormPage /> },
              { path: '/partners/convenanten/nieuw', element: <NewCovenantPage /> },
              { path: '/partners/convenanten/:id/wijzigen', element: <EditCovenantPage /> },
            ],
          },
          { element: <RequireSignIn capability="policies.read" />, children: [{ path: '/protocollen', element: <PoliciesPage /> }] },
          {
            element: <RequireSignIn capability="providerDirectory.read" />,
            children: [
              { path: '/aanbieders', element: <DirectoryPage /> },
              { path: '/aanbieders/:id', element: <EntryPage /> },
            ],
          },
          {
            element: <RequireSignIn capability="providerDirectory.manage" />,
            children: [
              { path: '/aanbieders/nieuw', element: <NewEntryPage /> },
              { path: '/aanbieders/:id/wijzigen', element: <EditEntryPage /> },
            ],
          },
          { element: <RequireSignIn capability="quality.manage" />, children: [{ path: '/aanbieders/eigen-vermelding', element: <OwnEntryPage /> }] },
          { element: <RequireSignIn capability="regionalFigures.read" />, children: [{ path: '/cijfers', element: <RegionalFiguresPage /> }] },
          {
            element: <RequireSignIn capability="caseConference.participate" />,
            children: [
              { path: '/zorgtafels', element: <ConferencesPage /> },
              { path: '/zorgtafels/:id', element: <ConferencePage /> },
              { path: '/zorgtafels/:id/casus', element: <BringInCasePage /> },
            ],
          },
          { element: <RequireSignIn capability="quality.read" />, children: [{ path: '/kwaliteit', element: <QualityPage /> }] },
          { element: <RequireSignIn capability="quality.read" />, children: [{ path: '/kwaliteit/deskundigheid', element: <ExpertisePage /> }] },
          { element: <RequireSignIn capability="quality.read" />, children: [{ path: '/kwaliteit/indicatoren', element: <IndicatorsPage /> }] },
          {
            element: <RequireSignIn capability="quality.read" />,
            children: [
              { path: '/kwaliteit/zelfevaluatie', element: <SelfAssessmentListPage /> },
              { path: '/kwaliteit/zelfevaluatie/:id', element: <SelfAssessmentPage /> },
            ],
          },
          {
            element: <RequireSignIn capability="inspection.conduct" />,
            children: [
              { path: '/inspectie', element: <InspectionPage /> },
              { path: '/inspectie/rondes/:id', element: <RoundPage /> },
              { path: '/inspectie/rondes/:id/aanbieders/:providerId', element: <ProviderJudgmentsPage /> },
              { path: '/inspectie/rondes/:id/cijfers', element: <FiguresPage /> },
            ],
          },
          {
            element: <RequireSignIn capability="quality.read" />,
            children: [
              { path: '/kwaliteit/inspecties', element: <OwnInspectionsPage /> },
              { path: '/kwaliteit/inspecties/:id', element: <OwnInspectionPage /> },
            ],
          },
          {
            element: <RequireSignIn capability="inspection.conduct" />,
            children: [
              { path: '/inspectie/rondes/:id/verbeterplannen', element: <ImprovementPage /> },
              { path: '/inspectie/rondes/:id/goede-voorbeelden', element: <GoodPracticesPage /> },
            ],
          },
          {
            element: <RequireSignIn capability="municipal.checklist" />,
            children: [
              { path: '/gemeente/checklist', element: <ChecklistListPage /> },
              { path: '/gemeente/checklist/:id', element: <ChecklistPage /> },
              { path: '/gemeente/checklist/:id/actieplan', element: <ActionPlanPage /> },
            ],
          },
          { element: <RequireSignIn capability="breakGlass.review" />, children: [{ path: '/noodtoegang/beoordelen', element: <BreakGlassReviewPage /> }] },
          { element: <RequireSignIn capability="audit.searchOrganisation" />, children: [{ path: '/logboek', element: <AuditSearchPage /> }] },
          {
            element: <RequireSignIn capability="organisation.manageUsers" />,
            children: [
              { path: '/beheer/gebruikers', element: <UsersPage /> },
              { path: '/beheer/gebruikers/nieuw', element: <NewUserPage /> },
              { path: '/beheer/gebruikers/:id', element: <EditUserPage /> },
            ],
          },
          { element: <RequireSignIn capability="organisation.manageTeams" />, children: [{ path: '/beheer/teams', element: <TeamsPage /> }] },
          { element: <RequireSignIn capability="organisation.manageSignIn" />, children: [{ path: '/beheer/inloggen-via-organisatie', element: <SingleSignOnPage /> }] },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
