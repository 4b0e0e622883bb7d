/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AccountHome {\n    viewer { id role displayName signInCode }\n    myClasses {\n      id name\n      assignments {\n        id dueAt myDueAt feedback\n        lesson { slug title }\n        attempts { id status submittedAt score maxScore autoScore autoMaxScore pendingReviewPoints late returnedAt }\n      }\n    }\n    myAttempts {\n      id status startedAt submittedAt score maxScore autoScore autoMaxScore pendingReviewPoints\n      lesson { slug title }\n      assignment { id }\n    }\n  }\n": typeof types.AccountHomeDocument,
    "\n  fragment PlayerAttemptFields on Attempt {\n    id status submittedAt late score maxScore autoScore autoMaxScore pendingReviewPoints dueAt returnedAt teacherComment\n    responses {\n      itemId revision triesUsed triesLeft maxTries locked\n      answer { choiceIds text order claimId claim contextFacts pairs { leftId rightId } evidence { documentSlug paragraphNumber start end } attributions { segmentId voiceId } }\n      feedback {\n        correct score maxScore messageHtml needsReview teacherComment\n        rubricScores { criterionId score }\n        expected { choiceIds text order claimId claim pairs { leftId rightId } evidence { documentSlug paragraphNumber start end } attributions { segmentId voiceId } }\n      }\n    }\n  }\n": typeof types.PlayerAttemptFieldsFragmentDoc,
    "\n  mutation PlayerStartAttempt($lessonSlug: String!, $assignmentId: ID) {\n    startAttempt(lessonSlug: $lessonSlug, assignmentId: $assignmentId) { ...PlayerAttemptFields }\n  }\n": typeof types.PlayerStartAttemptDocument,
    "\n  query PlayerOpenPractice($lessonSlug: String!) {\n    myAttempts(lessonSlug: $lessonSlug, status: IN_PROGRESS) { ...PlayerAttemptFields assignment { id } }\n  }\n": typeof types.PlayerOpenPracticeDocument,
    "\n  query PlayerAttempt($id: ID!) {\n    attempt(id: $id) { ...PlayerAttemptFields }\n  }\n": typeof types.PlayerAttemptDocument,
    "\n  mutation PlayerSaveResponse($attemptId: ID!, $itemId: ID!, $answer: AnswerInput!, $revision: Int!) {\n    saveResponse(attemptId: $attemptId, itemId: $itemId, answer: $answer, revision: $revision) {\n      ...PlayerResponseFields\n    }\n  }\n": typeof types.PlayerSaveResponseDocument,
    "\n  fragment PlayerResponseFields on Response {\n    itemId revision triesUsed triesLeft maxTries locked\n    feedback {\n      correct score maxScore messageHtml needsReview teacherComment\n      rubricScores { criterionId score }\n      expected { choiceIds text order claimId claim pairs { leftId rightId } evidence { documentSlug paragraphNumber start end } attributions { segmentId voiceId } }\n    }\n  }\n": typeof types.PlayerResponseFieldsFragmentDoc,
    "\n  mutation PlayerCheckResponse($attemptId: ID!, $itemId: ID!, $revision: Int!) {\n    checkResponse(attemptId: $attemptId, itemId: $itemId, revision: $revision) { ...PlayerResponseFields }\n  }\n": typeof types.PlayerCheckResponseDocument,
    "\n  mutation PlayerRevealResponse($attemptId: ID!, $itemId: ID!) {\n    revealResponse(attemptId: $attemptId, itemId: $itemId) { ...PlayerResponseFields }\n  }\n": typeof types.PlayerRevealResponseDocument,
    "\n  mutation PlayerSubmitAttempt($attemptId: ID!) {\n    submitAttempt(attemptId: $attemptId) { id status }\n  }\n": typeof types.PlayerSubmitAttemptDocument,
    "\n  query TeacherClassChanges($id: ID!, $first: Int!, $before: ID) {\n    classroom(id: $id) {\n      id\n      auditTrail(first: $first, before: $before) {\n        id at actorName action field oldValue newValue studentName\n      }\n    }\n  }\n": typeof types.TeacherClassChangesDocument,
    "\n  query TeacherAssignmentChanges($id: ID!, $first: Int!, $before: ID) {\n    assignment(id: $id) {\n      id\n      auditTrail(first: $first, before: $before) {\n        id at actorName action field oldValue newValue studentName\n      }\n    }\n  }\n": typeof types.TeacherAssignmentChangesDocument,
    "\n  query AuthoringDocuments {\n    documents { slug title date }\n  }\n": typeof types.AuthoringDocumentsDocument,
    "\n  query AuthoringSourceDocument($slug: String!) {\n    document(slug: $slug) {\n      slug title\n      paragraphs { number text notes { id kind start end } }\n    }\n  }\n": typeof types.AuthoringSourceDocumentDocument,
    "\n  query MyQuestionSet($id: ID!) {\n    myQuestionSet(id: $id) {\n      ...AuthoredSet\n    }\n  }\n": typeof types.MyQuestionSetDocument,
    "\n  mutation PreviewQuestionSet($id: ID!) {\n    previewQuestionSet(id: $id) { lessonSlug draftVersion }\n  }\n": typeof types.PreviewQuestionSetDocument,
    "\n  query MyQuestionSetList {\n    myQuestionSets {\n      id title\n      document { slug title }\n      authoring {\n        status updatedAt\n        problems { path }\n        versions { number lessonSlug }\n      }\n    }\n  }\n": typeof types.MyQuestionSetListDocument,
    "\n  fragment AuthoredSet on QuestionSet {\n    id slug title\n    document { slug title paragraphs { number text notes { id kind start end } } }\n    authoring {\n      version status draft publishable changedSincePublished copiedFrom shareCode yaml updatedAt\n      problems { path message }\n      versions { number lessonSlug publishedAt }\n    }\n  }\n": typeof types.AuthoredSetFragmentDoc,
    "\n  query AuthoringChoices {\n    documents { slug title date }\n    myClasses { id name archived }\n    misconceptions { id name }\n    lessons { slug title steps { questionSet { id title } } }\n  }\n": typeof types.AuthoringChoicesDocument,
    "\n  mutation CreateQuestionSet($title: String!, $documentSlug: String!) {\n    createQuestionSet(input: { title: $title, documentSlug: $documentSlug }) { ...AuthoredSet }\n  }\n": typeof types.CreateQuestionSetDocument,
    "\n  mutation DuplicateQuestionSet($id: ID!) {\n    duplicateQuestionSet(id: $id) { ...AuthoredSet }\n  }\n": typeof types.DuplicateQuestionSetDocument,
    "\n  mutation ImportQuestionSet($yaml: String!) {\n    importQuestionSet(yaml: $yaml) { ...AuthoredSet }\n  }\n": typeof types.ImportQuestionSetDocument,
    "\n  mutation UpdateQuestionSet($id: ID!, $expectedVersion: Int!, $title: String, $content: JSONObject) {\n    updateQuestionSet(id: $id, expectedVersion: $expectedVersion, input: { title: $title, content: $content }) {\n      ...AuthoredSet\n    }\n  }\n": typeof types.UpdateQuestionSetDocument,
    "\n  mutation PublishQuestionSet($id: ID!, $move: Boolean!) {\n    publishQuestionSet(id: $id, moveOpenAssignments: $move) { ...AuthoredSet }\n  }\n": typeof types.PublishQuestionSetDocument,
    "\n  mutation ArchiveQuestionSet($id: ID!) {\n    archiveQuestionSet(id: $id) { ...AuthoredSet }\n  }\n": typeof types.ArchiveQuestionSetDocument,
    "\n  mutation ShareQuestionSet($id: ID!) {\n    shareQuestionSet(id: $id) { ...AuthoredSet }\n  }\n": typeof types.ShareQuestionSetDocument,
    "\n  mutation CopySharedQuestionSet($code: String!) {\n    copySharedQuestionSet(shareCode: $code) { ...AuthoredSet }\n  }\n": typeof types.CopySharedQuestionSetDocument,
    "\n  mutation AssignQuestionSet($classId: ID!, $id: ID!, $dueAt: DateTimeISO, $feedback: FeedbackTiming) {\n    assignQuestionSet(classId: $classId, questionSetId: $id, dueAt: $dueAt, feedback: $feedback) {\n      id\n    }\n  }\n": typeof types.AssignQuestionSetDocument,
    "\n  query DocumentInCollection($slug: String!) {\n    document(slug: $slug) {\n      slug origin imported\n      citedBy { lessonSlug lessonTitle stepTitle itemId prompt paragraphNumbers }\n    }\n  }\n": typeof types.DocumentInCollectionDocument,
    "\n  mutation RemoveStudent($classId: ID!, $studentId: ID!) {\n    removeStudent(classId: $classId, studentId: $studentId) { students attempts responses }\n  }\n": typeof types.RemoveStudentDocument,
    "\n  mutation DeleteAssignment($id: ID!) {\n    deleteAssignment(id: $id) { assignments attempts responses }\n  }\n": typeof types.DeleteAssignmentDocument,
    "\n  mutation ArchiveClass($id: ID!) {\n    archiveClass(id: $id) { id archived }\n  }\n": typeof types.ArchiveClassDocument,
    "\n  mutation RestoreClass($id: ID!) {\n    restoreClass(id: $id) { id archived }\n  }\n": typeof types.RestoreClassDocument,
    "\n  mutation DeleteClass($id: ID!) {\n    deleteClass(id: $id) { classes students assignments attempts responses }\n  }\n": typeof types.DeleteClassDocument,
    "\n  mutation DeleteMyAccount {\n    deleteMyAccount { accounts attempts responses }\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  query TeacherGradeSync($id: ID!) {\n    assignment(id: $id) {\n      id\n      gradeSync { pending failed sent lastError lastSentAt }\n    }\n  }\n": typeof types.TeacherGradeSyncDocument,
    "\n  mutation TeacherRetryGradeSync($id: ID!) {\n    retryGradeSync(assignmentId: $id) { pending failed sent lastError lastSentAt }\n  }\n": typeof types.TeacherRetryGradeSyncDocument,
    "\n  query Home($slug: String!) {\n    document(slug: $slug) {\n      slug title date summary archivalReference translator paragraphCount\n      lessons { slug title summary estimatedMinutes skills }\n    }\n    documents { slug title date summary origin originalLanguage imported }\n  }\n": typeof types.HomeDocument,
    "\n  fragment LiveEventFields on ActivityEvent { id kind studentId attemptId itemId at correct }\n": typeof types.LiveEventFieldsFragmentDoc,
    "\n  query LiveSnapshot($assignmentId: ID!, $after: ID) {\n    assignmentActivitySnapshot(assignmentId: $assignmentId, after: $after) {\n      paused lastEventId\n      students { ...LiveEventFields }\n      cells { ...LiveEventFields }\n      events { ...LiveEventFields }\n    }\n  }\n": typeof types.LiveSnapshotDocument,
    "\n  subscription LiveAssignmentActivity($assignmentId: ID!, $after: ID) {\n    assignmentActivity(assignmentId: $assignmentId, after: $after) { ...LiveEventFields }\n  }\n": typeof types.LiveAssignmentActivityDocument,
    "\n  subscription LiveAttemptUpdates($attemptId: ID!, $after: ID) {\n    myAttemptUpdates(attemptId: $attemptId, after: $after) { id kind attemptId itemId at }\n  }\n": typeof types.LiveAttemptUpdatesDocument,
    "\n  mutation LivePauseClass($classId: ID!) { pauseClass(classId: $classId) }\n": typeof types.LivePauseClassDocument,
    "\n  mutation LiveResumeClass($classId: ID!) { resumeClass(classId: $classId) }\n": typeof types.LiveResumeClassDocument,
    "\n  mutation LiveOpenFeedbackNow($assignmentId: ID!) {\n    openFeedbackNow(assignmentId: $assignmentId) { id feedback }\n  }\n": typeof types.LiveOpenFeedbackNowDocument,
    "\n  query LiveRisingMisconceptions($assignmentId: ID!, $minutes: Int) {\n    assignment(id: $assignmentId) {\n      id\n      risingMisconceptions(minutes: $minutes) {\n        misconception { id name belief reteach }\n        recentStudentCount\n        recentStudents { studentId name }\n        earlierStudentCount\n        items { itemId number prompt }\n      }\n    }\n  }\n": typeof types.LiveRisingMisconceptionsDocument,
    "\n  mutation TeacherSyncClassRoster($classId: ID!) {\n    syncClassRoster(classId: $classId) { added updated markedInactive reactivated }\n  }\n": typeof types.TeacherSyncClassRosterDocument,
    "\n  fragment EvidenceSources on EvidenceSource {\n    document { slug title shortTitle }\n    paragraphNumbers\n    paragraphs { number text notes { id kind start end } }\n  }\n": typeof types.EvidenceSourcesFragmentDoc,
    "\n  query PlayerLesson($slug: String!) {\n    lesson(slug: $slug) {\n      id slug title summary estimatedMinutes\n      document {\n        slug title\n        paragraphs { number text notes { id kind start end } }\n      }\n      steps {\n        id position kind title bodyHtml paragraphNumbers\n        questionSet {\n          id title\n          questions {\n            id kind prompt points paragraphNumbers\n            ... on ChoiceQuestion { choices { id text } }\n            ... on ShortAnswerQuestion { maxLength }\n            ... on OrderingQuestion { items { id text } }\n            ... on MatchingQuestion { left { id text } right { id text } }\n            ... on EvidenceQuestion {\n              claim minSelections maxSelections\n              sources { ...EvidenceSources }\n            }\n            ... on ReflectionQuestion { maxLength }\n            ... on AttributionQuestion { segments { id paragraphNumber start end text } voices { id label } }\n          }\n        }\n        exercise {\n          id slug title prompt promptHtml guidanceHtml paragraphNumbers minEvidence points\n          claims { id text }\n          sources { ...EvidenceSources }\n          ownClaim { label }\n          contextFacts { count prompt }\n          rubric { id title description levels { score label descriptor } }\n        }\n      }\n    }\n  }\n": typeof types.PlayerLessonDocument,
    "\n  query PlayerAssignment($id: ID!) {\n    assignment(id: $id) {\n      id dueAt myDueAt feedback\n      classroom { id name paused }\n      lesson { slug title }\n    }\n  }\n": typeof types.PlayerAssignmentDocument,
    "\n  query ReaderDocument($slug: String!) {\n    document(slug: $slug) {\n      id slug title date summary citation displayUrl archivalReference translator originalLanguage paragraphCount\n      origin imported\n      paragraphs {\n        id number text authorText\n        notes { id kind quote start end explanation parentId }\n      }\n      people {\n        id slug name role description identified paragraphNumbers\n        mentions { paragraphNumber start end }\n      }\n      glossary {\n        id slug term definition paragraphNumbers\n        mentions { paragraphNumber start end }\n      }\n    }\n  }\n": typeof types.ReaderDocumentDocument,
    "\n  query SearchDocuments($query: String!, $first: Int, $after: String, $documentSlug: String) {\n    search(query: $query, first: $first, after: $after, documentSlug: $documentSlug) {\n      edges {\n        cursor\n        node {\n          rank\n          ranges { start end }\n          document { id slug title date }\n          paragraph { id number text }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.SearchDocumentsDocument,
    "\n  query Viewer {\n    viewer { id role displayName signInCode }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation StartGuestSession($displayName: String!) {\n    startGuestSession(displayName: $displayName) { viewer { id role displayName signInCode } }\n  }\n": typeof types.StartGuestSessionDocument,
    "\n  mutation SignInWithCode($signInCode: String!) {\n    signInWithCode(signInCode: $signInCode) { viewer { id role displayName signInCode } }\n  }\n": typeof types.SignInWithCodeDocument,
    "\n  mutation JoinClass($joinCode: String!, $displayName: String!, $inFrame: Boolean!) {\n    joinClass(joinCode: $joinCode, displayName: $displayName) {\n      token @include(if: $inFrame)\n      viewer { id role displayName signInCode }\n      classroom { id name teacher { id displayName } }\n    }\n  }\n": typeof types.JoinClassDocument,
    "\n  query ClassByJoinCode($joinCode: String!) {\n    classByJoinCode(joinCode: $joinCode) { name teacherName }\n  }\n": typeof types.ClassByJoinCodeDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) { viewer { id role displayName signInCode } }\n  }\n": typeof types.LogInDocument,
    "\n  mutation SignUpTeacher($email: String!, $password: String!, $displayName: String!) {\n    signUpTeacher(email: $email, password: $password, displayName: $displayName) { viewer { id role displayName signInCode } }\n  }\n": typeof types.SignUpTeacherDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  query TeacherVersionLesson($slug: String!) {\n    lesson(slug: $slug) {\n      slug title\n      document { slug paragraphs { number text } }\n      steps {\n        questionSet {\n          questions {\n            id kind\n            ... on ChoiceQuestion { choices { id text } }\n            ... on OrderingQuestion { items { id text } }\n            ... on MatchingQuestion { left { id text } right { id text } }\n            ... on EvidenceQuestion { claim sources { ...EvidenceSources } }\n            ... on AttributionQuestion { segments { id paragraphNumber text } voices { id label } }\n          }\n        }\n        exercise {\n          id slug\n          claims { id text }\n          sources { ...EvidenceSources }\n          ownClaim { label }\n          contextFacts { count prompt }\n          rubric { id title description levels { score label descriptor } }\n        }\n      }\n    }\n  }\n": typeof types.TeacherVersionLessonDocument,
    "\n  query TeacherDashboard {\n    myClasses {\n      id name joinCode archived\n      students { id displayName inactive }\n      lmsRoster { linked canSync lastSyncedAt }\n      assignments {\n        id dueAt feedback createdAt attemptCount\n        lesson { slug title }\n        attempts { id status }\n      }\n    }\n    lessons { slug title estimatedMinutes }\n  }\n": typeof types.TeacherDashboardDocument,
    "\n  mutation TeacherCreateClass($name: String!) {\n    createClass(name: $name) { id }\n  }\n": typeof types.TeacherCreateClassDocument,
    "\n  mutation TeacherResetJoinCode($classId: ID!) {\n    resetJoinCode(classId: $classId) { id joinCode }\n  }\n": typeof types.TeacherResetJoinCodeDocument,
    "\n  mutation TeacherResetSignInCode($classId: ID!, $studentId: ID!) {\n    resetSignInCode(classId: $classId, studentId: $studentId) { id }\n  }\n": typeof types.TeacherResetSignInCodeDocument,
    "\n  query TeacherStudentSignInCode($classId: ID!, $studentId: ID!) {\n    classroom(id: $classId) { id student(id: $studentId) { id displayName signInCode } }\n  }\n": typeof types.TeacherStudentSignInCodeDocument,
    "\n  query TeacherSignInSlips($classId: ID!) {\n    viewer { id role }\n    classroom(id: $classId) {\n      id name\n      teacher { id displayName }\n      students { id displayName signInCode }\n    }\n  }\n": typeof types.TeacherSignInSlipsDocument,
    "\n  mutation TeacherAssignLesson($classId: ID!, $lessonSlug: String!, $dueAt: DateTimeISO, $feedback: FeedbackTiming) {\n    assignLesson(classId: $classId, lessonSlug: $lessonSlug, dueAt: $dueAt, feedback: $feedback) { id }\n  }\n": typeof types.TeacherAssignLessonDocument,
    "\n  mutation TeacherUpdateAssignment($assignmentId: ID!, $dueAt: DateTimeISO, $feedback: FeedbackTiming) {\n    updateAssignment(assignmentId: $assignmentId, dueAt: $dueAt, feedback: $feedback) { id dueAt feedback }\n  }\n": typeof types.TeacherUpdateAssignmentDocument,
    "\n  query TeacherAssignment($id: ID!, $lessonSlug: String) {\n    viewer { id role }\n    assignment(id: $id) {\n      id dueAt feedback counts\n      extensions { studentId dueAt }\n      classroom { id name students { id displayName inactive } }\n      lesson {\n        slug title\n        document { slug paragraphs { number text } }\n        steps {\n          questionSet {\n            questions {\n              id kind\n              ... on ChoiceQuestion { choices { id text } }\n              ... on OrderingQuestion { items { id text } }\n              ... on MatchingQuestion { left { id text } right { id text } }\n              ... on EvidenceQuestion { claim sources { ...EvidenceSources } }\n              ... on AttributionQuestion { segments { id paragraphNumber text } voices { id label } }\n            }\n          }\n          exercise {\n            id slug\n            claims { id text }\n            sources { ...EvidenceSources }\n            ownClaim { label }\n            contextFacts { count prompt }\n            rubric { id title description levels { score label descriptor } }\n          }\n        }\n      }\n      attempts {\n        lesson { slug }\n        id status score maxScore autoScore autoMaxScore pendingReviewPoints late startedAt submittedAt dueAt closedByDueDate returnedAt teacherComment\n        student { id displayName }\n        responses {\n          id itemId revision triesUsed maxTries locked\n          answer { choiceIds text order pairs { leftId rightId } evidence { documentSlug paragraphNumber start end } claimId claim contextFacts attributions { segmentId voiceId } }\n          feedback {\n            correct score maxScore messageHtml needsReview teacherComment\n            rubricScores { criterionId score }\n          }\n        }\n      }\n      itemStatistics(lessonSlug: $lessonSlug) {\n        itemId prompt responses facility discrimination meanTries firstTryRight\n        criteria { criterionId title scored facility }\n      }\n      misconceptions(lessonSlug: $lessonSlug) {\n        misconception { id name belief habit reteach }\n        studentCount\n        students { studentId name }\n        items { itemId number prompt studentCount students { studentId name } }\n      }\n      review(lessonSlug: $lessonSlug) {\n        items {\n          itemId kind prompt points explanationHtml\n          choices { choiceId text correct explanationHtml }\n          order { id text }\n          pairs { left { id text } right { id text } explanation explanationHtml }\n          acceptedAnswers scoringGuideHtml\n          targets { documentSlug document { slug shortTitle } paragraphNumber start end quote note role countsForRecall claims { id text } }\n          attributions { segment { id paragraphNumber start end text } voice { id label } explanation explanationHtml }\n          exemplars { title claim levels { criterionId score } text commentary }\n        }\n      }\n    }\n  }\n": typeof types.TeacherAssignmentDocument,
    "\n  query LessonKey($slug: String!) {\n    lessonKey(slug: $slug) {\n      items {\n        itemId kind prompt points explanationHtml\n        choices { choiceId text correct explanationHtml misconception { id name } }\n        order { id text }\n        pairs { left { id text } right { id text } explanation explanationHtml }\n        acceptedAnswers scoringGuideHtml\n        targets { documentSlug document { slug shortTitle } paragraphNumber start end quote note role countsForRecall claims { id text } }\n        attributions { segment { id paragraphNumber start end text } voice { id label } explanation explanationHtml }\n        exemplars { title claim levels { criterionId score } text commentary }\n        misconceptions\n      }\n      steps { stepId minutes }\n      totalMinutes\n    }\n  }\n": typeof types.LessonKeyDocument,
    "\n  query TeacherGuideLesson($slug: String!) {\n    lesson(slug: $slug) { slug objectives skills }\n  }\n": typeof types.TeacherGuideLessonDocument,
    "\n  mutation TeacherStartScratchAttempt($lessonSlug: String!, $fresh: Boolean) {\n    startScratchAttempt(lessonSlug: $lessonSlug, fresh: $fresh) { ...PlayerAttemptFields }\n  }\n": typeof types.TeacherStartScratchAttemptDocument,
    "\n  mutation TeacherScoreResponse($responseId: ID!, $rubricScores: [RubricScoreInput!], $score: Float, $comment: String) {\n    scoreResponse(responseId: $responseId, rubricScores: $rubricScores, score: $score, comment: $comment) {\n      id\n      feedback { correct score maxScore messageHtml needsReview teacherComment rubricScores { criterionId score } }\n    }\n  }\n": typeof types.TeacherScoreResponseDocument,
    "\n  mutation TeacherReopenAttempt($attemptId: ID!) {\n    reopenAttempt(attemptId: $attemptId) { id status }\n  }\n": typeof types.TeacherReopenAttemptDocument,
    "\n  mutation TeacherReopenAttempts($assignmentId: ID!, $closedByDueDateOnly: Boolean) {\n    reopenAttempts(assignmentId: $assignmentId, closedByDueDateOnly: $closedByDueDateOnly) { id status }\n  }\n": typeof types.TeacherReopenAttemptsDocument,
    "\n  mutation TeacherReturnAttempt($attemptId: ID!, $comment: String) {\n    returnAttempt(attemptId: $attemptId, comment: $comment) { id returnedAt teacherComment }\n  }\n": typeof types.TeacherReturnAttemptDocument,
    "\n  mutation TeacherExtendAssignment($assignmentId: ID!, $studentId: ID!, $dueAt: DateTimeISO!) {\n    extendAssignment(assignmentId: $assignmentId, studentId: $studentId, dueAt: $dueAt) { id }\n  }\n": typeof types.TeacherExtendAssignmentDocument,
    "\n  mutation TeacherRenameStudent($classId: ID!, $studentId: ID!, $displayName: String!) {\n    renameStudent(classId: $classId, studentId: $studentId, displayName: $displayName) { id displayName }\n  }\n": typeof types.TeacherRenameStudentDocument,
    "\n  mutation TeacherMergeStudents($classId: ID!, $studentId: ID!, $duplicateId: ID!) {\n    mergeStudents(classId: $classId, studentId: $studentId, duplicateId: $duplicateId) { id }\n  }\n": typeof types.TeacherMergeStudentsDocument,
};
const documents: Documents = {
    "\n  query AccountHome {\n    viewer { id role displayName signInCode }\n    myClasses {\n      id name\n      assignments {\n        id dueAt myDueAt feedback\n        lesson { slug title }\n        attempts { id status submittedAt score maxScore autoScore autoMaxScore pendingReviewPoints late returnedAt }\n      }\n    }\n    myAttempts {\n      id status startedAt submittedAt score maxScore autoScore autoMaxScore pendingReviewPoints\n      lesson { slug title }\n      assignment { id }\n    }\n  }\n": types.AccountHomeDocument,
    "\n  fragment PlayerAttemptFields on Attempt {\n    id status submittedAt late score maxScore autoScore autoMaxScore pendingReviewPoints dueAt returnedAt teacherComment\n    responses {\n      itemId revision triesUsed triesLeft maxTries locked\n      answer { choiceIds text order claimId claim contextFacts pairs { leftId rightId } evidence { documentSlug paragraphNumber start end } attributions { segmentId voiceId } }\n      feedback {\n        correct score maxScore messageHtml needsReview teacherComment\n        rubricScores { criterionId score }\n        expected { choiceIds text order claimId claim pairs { leftId rightId } evidence { documentSlug paragraphNumber start end } attributions { segmentId voiceId } }\n      }\n    }\n  }\n": types.PlayerAttemptFieldsFragmentDoc,
    "\n  mutation PlayerStartAttempt($lessonSlug: String!, $assignmentId: ID) {\n    startAttempt(lessonSlug: $lessonSlug, assignmentId: $assignmentId) { ...PlayerAttemptFields }\n  }\n": types.PlayerStartAttemptDocument,
    "\n  query PlayerOpenPractice($lessonSlug: String!) {\n    myAttempts(lessonSlug: $lessonSlug, status: IN_PROGRESS) { ...PlayerAttemptFields assignment { id } }\n  }\n": types.PlayerOpenPracticeDocument,
    "\n  query PlayerAttempt($id: ID!) {\n    attempt(id: $id) { ...PlayerAttemptFields }\n  }\n": types.PlayerAttemptDocument,
    "\n  mutation PlayerSaveResponse($attemptId: ID!, $itemId: ID!, $answer: AnswerInput!, $revision: Int!) {\n    saveResponse(attemptId: $attemptId, itemId: $itemId, answer: $answer, revision: $revision) {\n      ...PlayerResponseFields\n    }\n  }\n": types.PlayerSaveResponseDocument,
    "\n  fragment PlayerResponseFields on Response {\n    itemId revision triesUsed triesLeft maxTries locked\n    feedback {\n      correct score maxScore messageHtml needsReview teacherComment\n      rubricScores { criterionId score }\n      expected { choiceIds text order claimId claim pairs { leftId rightId } evidence { documentSlug paragraphNumber start end } attributions { segmentId voiceId } }\n    }\n  }\n": types.PlayerResponseFieldsFragmentDoc,
    "\n  mutation PlayerCheckResponse($attemptId: ID!, $itemId: ID!, $revision: Int!) {\n    checkResponse(attemptId: $attemptId, itemId: $itemId, revision: $revision) { ...PlayerResponseFields }\n  }\n": types.PlayerCheckResponseDocument,
    "\n  mutation PlayerRevealResponse($attemptId: ID!, $itemId: ID!) {\n    revealResponse(attemptId: $attemptId, itemId: $itemId) { ...PlayerResponseFields }\n  }\n": types.PlayerRevealResponseDocument,
    "\n  mutation PlayerSubmitAttempt($attemptId: ID!) {\n    submitAttempt(attemptId: $attemptId) { id status }\n  }\n": types.PlayerSubmitAttemptDocument,
    "\n  query TeacherClassChanges($id: ID!, $first: Int!, $before: ID) {\n    classroom(id: $id) {\n      id\n      auditTrail(first: $first, before: $before) {\n        id at actorName action field oldValue newValue studentName\n      }\n    }\n  }\n": types.TeacherClassChangesDocument,
    "\n  query TeacherAssignmentChanges($id: ID!, $first: Int!, $before: ID) {\n    assignment(id: $id) {\n      id\n      auditTrail(first: $first, before: $before) {\n        id at actorName action field oldValue newValue studentName\n      }\n    }\n  }\n": types.TeacherAssignmentChangesDocument,
    "\n  query AuthoringDocuments {\n    documents { slug title date }\n  }\n": types.AuthoringDocumentsDocument,
    "\n  query AuthoringSourceDocument($slug: String!) {\n    document(slug: $slug) {\n      slug title\n      paragraphs { number text notes { id kind start end } }\n    }\n  }\n": types.AuthoringSourceDocumentDocument,
    "\n  query MyQuestionSet($id: ID!) {\n    myQuestionSet(id: $id) {\n      ...AuthoredSet\n    }\n  }\n": types.MyQuestionSetDocument,
    "\n  mutation PreviewQuestionSet($id: ID!) {\n    previewQuestionSet(id: $id) { lessonSlug draftVersion }\n  }\n": types.PreviewQuestionSetDocument,
    "\n  query MyQuestionSetList {\n    myQuestionSets {\n      id title\n      document { slug title }\n      authoring {\n        status updatedAt\n        problems { path }\n        versions { number lessonSlug }\n      }\n    }\n  }\n": types.MyQuestionSetListDocument,
    "\n  fragment AuthoredSet on QuestionSet {\n    id slug title\n    document { slug title paragraphs { number text notes { id kind start end } } }\n    authoring {\n      version status draft publishable changedSincePublished copiedFrom shareCode yaml updatedAt\n      problems { path message }\n      versions { number lessonSlug publishedAt }\n    }\n  }\n": types.AuthoredSetFragmentDoc,
    "\n  query AuthoringChoices {\n    documents { slug title date }\n    myClasses { id name archived }\n    misconceptions { id name }\n    lessons { slug title steps { questionSet { id title } } }\n  }\n": types.AuthoringChoicesDocument,
    "\n  mutation CreateQuestionSet($title: String!, $documentSlug: String!) {\n    createQuestionSet(input: { title: $title, documentSlug: $documentSlug }) { ...AuthoredSet }\n  }\n": types.CreateQuestionSetDocument,
    "\n  mutation DuplicateQuestionSet($id: ID!) {\n    duplicateQuestionSet(id: $id) { ...AuthoredSet }\n  }\n": types.DuplicateQuestionSetDocument,
    "\n  mutation ImportQuestionSet($yaml: String!) {\n    importQuestionSet(yaml: $yaml) { ...AuthoredSet }\n  }\n": types.ImportQuestionSetDocument,
    "\n  mutation UpdateQuestionSet($id: ID!, $expectedVersion: Int!, $title: String, $content: JSONObject) {\n    updateQuestionSet(id: $id, expectedVersion: $expectedVersion, input: { title: $title, content: $content }) {\n      ...AuthoredSet\n    }\n  }\n": types.UpdateQuestionSetDocument,
    "\n  mutation PublishQuestionSet($id: ID!, $move: Boolean!) {\n    publishQuestionSet(id: $id, moveOpenAssignments: $move) { ...AuthoredSet }\n  }\n": types.PublishQuestionSetDocument,
    "\n  mutation ArchiveQuestionSet($id: ID!) {\n    archiveQuestionSet(id: $id) { ...AuthoredSet }\n  }\n": types.ArchiveQuestionSetDocument,
    "\n  mutation ShareQuestionSet($id: ID!) {\n    shareQuestionSet(id: $id) { ...AuthoredSet }\n  }\n": types.ShareQuestionSetDocument,
    "\n  mutation CopySharedQuestionSet($code: String!) {\n    copySharedQuestionSet(shareCode: $code) { ...AuthoredSet }\n  }\n": types.CopySharedQuestionSetDocument,
    "\n  mutation AssignQuestionSet($classId: ID!, $id: ID!, $dueAt: DateTimeISO, $feedback: FeedbackTiming) {\n    assignQuestionSet(classId: $classId, questionSetId: $id, dueAt: $dueAt, feedback: $feedback) {\n      id\n    }\n  }\n": types.AssignQuestionSetDocument,
    "\n  query DocumentInCollection($slug: String!) {\n    document(slug: $slug) {\n      slug origin imported\n      citedBy { lessonSlug lessonTitle stepTitle itemId prompt paragraphNumbers }\n    }\n  }\n": types.DocumentInCollectionDocument,
    "\n  mutation RemoveStudent($classId: ID!, $studentId: ID!) {\n    removeStudent(classId: $classId, studentId: $studentId) { students attempts responses }\n  }\n": types.RemoveStudentDocument,
    "\n  mutation DeleteAssignment($id: ID!) {\n    deleteAssignment(id: $id) { assignments attempts responses }\n  }\n": types.DeleteAssignmentDocument,
    "\n  mutation ArchiveClass($id: ID!) {\n    archiveClass(id: $id) { id archived }\n  }\n": types.ArchiveClassDocument,
    "\n  mutation RestoreClass($id: ID!) {\n    restoreClass(id: $id) { id archived }\n  }\n": types.RestoreClassDocument,
    "\n  mutation DeleteClass($id: ID!) {\n    deleteClass(id: $id) { classes students assignments attempts responses }\n  }\n": types.DeleteClassDocument,
    "\n  mutation DeleteMyAccount {\n    deleteMyAccount { accounts attempts responses }\n  }\n": types.DeleteMyAccountDocument,
    "\n  query TeacherGradeSync($id: ID!) {\n    assignment(id: $id) {\n      id\n      gradeSync { pending failed sent lastError lastSentAt }\n    }\n  }\n": types.TeacherGradeSyncDocument,
    "\n  mutation TeacherRetryGradeSync($id: ID!) {\n    retryGradeSync(assignmentId: $id) { pending failed sent lastError lastSentAt }\n  }\n": types.TeacherRetryGradeSyncDocument,
    "\n  query Home($slug: String!) {\n    document(slug: $slug) {\n      slug title date summary archivalReference translator paragraphCount\n      lessons { slug title summary estimatedMinutes skills }\n    }\n    documents { slug title date summary origin originalLanguage imported }\n  }\n": types.HomeDocument,
    "\n  fragment LiveEventFields on ActivityEvent { id kind studentId attemptId itemId at correct }\n": types.LiveEventFieldsFragmentDoc,
    "\n  query LiveSnapshot($assignmentId: ID!, $after: ID) {\n    assignmentActivitySnapshot(assignmentId: $assignmentId, after: $after) {\n      paused lastEventId\n      students { ...LiveEventFields }\n      cells { ...LiveEventFields }\n      events { ...LiveEventFields }\n    }\n  }\n": types.LiveSnapshotDocument,
    "\n  subscription LiveAssignmentActivity($assignmentId: ID!, $after: ID) {\n    assignmentActivity(assignmentId: $assignmentId, after: $after) { ...LiveEventFields }\n  }\n": types.LiveAssignmentActivityDocument,
    "\n  subscription LiveAttemptUpdates($attemptId: ID!, $after: ID) {\n    myAttemptUpdates(attemptId: $attemptId, after: $after) { id kind attemptId itemId at }\n  }\n": types.LiveAttemptUpdatesDocument,
    "\n  mutation LivePauseClass($classId: ID!) { pauseClass(classId: $classId) }\n": types.LivePauseClassDocument,
    "\n  mutation LiveResumeClass($classId: ID!) { resumeClass(classId: $classId) }\n": types.LiveResumeClassDocument,
    "\n  mutation LiveOpenFeedbackNow($assignmentId: ID!) {\n    openFeedbackNow(assignmentId: $assignmentId) { id feedback }\n  }\n": types.LiveOpenFeedbackNowDocument,
    "\n  query LiveRisingMisconceptions($assignmentId: ID!, $minutes: Int) {\n    assignment(id: $assignmentId) {\n      id\n      risingMisconceptions(minutes: $minutes) {\n        misconception { id name belief reteach }\n        recentStudentCount\n        recentStudents { studentId name }\n        earlierStudentCount\n        items { itemId number prompt }\n      }\n    }\n  }\n": types.LiveRisingMisconceptionsDocument,
    "\n  mutation TeacherSyncClassRoster($classId: ID!) {\n    syncClassRoster(classId: $classId) { added updated markedInactive reactivated }\n  }\n": types.TeacherSyncClassRosterDocument,
    "\n  fragment EvidenceSources on EvidenceSource {\n    document { slug title shortTitle }\n    paragraphNumbers\n    paragraphs { number text notes { id kind start end } }\n  }\n": types.EvidenceSourcesFragmentDoc,
    "\n  query PlayerLesson($slug: String!) {\n    lesson(slug: $slug) {\n      id slug title summary estimatedMinutes\n      document {\n        slug title\n        paragraphs { number text notes { id kind start end } }\n      }\n      steps {\n        id position kind title bodyHtml paragraphNumbers\n        questionSet {\n          id title\n          questions {\n            id kind prompt points paragraphNumbers\n            ... on ChoiceQuestion { choices { id text } }\n            ... on ShortAnswerQuestion { maxLength }\n            ... on OrderingQuestion { items { id text } }\n            ... on MatchingQuestion { left { id text } right { id text } }\n            ... on EvidenceQuestion {\n              claim minSelections maxSelections\n              sources { ...EvidenceSources }\n            }\n            ... on ReflectionQuestion { maxLength }\n            ... on AttributionQuestion { segments { id paragraphNumber start end text } voices { id label } }\n          }\n        }\n        exercise {\n          id slug title prompt promptHtml guidanceHtml paragraphNumbers minEvidence points\n          claims { id text }\n          sources { ...EvidenceSources }\n          ownClaim { label }\n          contextFacts { count prompt }\n          rubric { id title description levels { score label descriptor } }\n        }\n      }\n    }\n  }\n": types.PlayerLessonDocument,
    "\n  query PlayerAssignment($id: ID!) {\n    assignment(id: $id) {\n      id dueAt myDueAt feedback\n      classroom { id name paused }\n      lesson { slug title }\n    }\n  }\n": types.PlayerAssignmentDocument,
    "\n  query ReaderDocument($slug: String!) {\n    document(slug: $slug) {\n      id slug title date summary citation displayUrl archivalReference translator originalLanguage paragraphCount\n      origin imported\n      paragraphs {\n        id number text authorText\n        notes { id kind quote start end explanation parentId }\n      }\n      people {\n        id slug name role description identified paragraphNumbers\n        mentions { paragraphNumber start end }\n      }\n      glossary {\n        id slug term definition paragraphNumbers\n        mentions { paragraphNumber start end }\n      }\n    }\n  }\n": types.ReaderDocumentDocument,
    "\n  query SearchDocuments($query: String!, $first: Int, $after: String, $documentSlug: String) {\n    search(query: $query, first: $first, after: $after, documentSlug: $documentSlug) {\n      edges {\n        cursor\n        node {\n          rank\n          ranges { start end }\n          document { id slug title date }\n          paragraph { id number text }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.SearchDocumentsDocument,
    "\n  query Viewer {\n    viewer { id role displayName signInCode }\n  }\n": types.ViewerDocument,
    "\n  mutation StartGuestSession($displayName: String!) {\n    startGuestSession(displayName: $displayName) { viewer { id role displayName signInCode } }\n  }\n": types.StartGuestSessionDocument,
    "\n  mutation SignInWithCode($signInCode: String!) {\n    signInWithCode(signInCode: $signInCode) { viewer { id role displayName signInCode } }\n  }\n": types.SignInWithCodeDocument,
    "\n  mutation JoinClass($joinCode: String!, $displayName: String!, $inFrame: Boolean!) {\n    joinClass(joinCode: $joinCode, displayName: $displayName) {\n      token @include(if: $inFrame)\n      viewer { id role displayName signInCode }\n      classroom { id name teacher { id displayName } }\n    }\n  }\n": types.JoinClassDocument,
    "\n  query ClassByJoinCode($joinCode: String!) {\n    classByJoinCode(joinCode: $joinCode) { name teacherName }\n  }\n": types.ClassByJoinCodeDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) { viewer { id role displayName signInCode } }\n  }\n": types.LogInDocument,
    "\n  mutation SignUpTeacher($email: String!, $password: String!, $displayName: String!) {\n    signUpTeacher(email: $email, password: $password, displayName: $displayName) { viewer { id role displayName signInCode } }\n  }\n": types.SignUpTeacherDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  query TeacherVersionLesson($slug: String!) {\n    lesson(slug: $slug) {\n      slug title\n      document { slug paragraphs { number text } }\n      steps {\n        questionSet {\n          questions {\n            id kind\n            ... on ChoiceQuestion { choices { id text } }\n            ... on OrderingQuestion { items { id text } }\n            ... on MatchingQuestion { left { id text } right { id text } }\n            ... on EvidenceQuestion { claim sources { ...EvidenceSources } }\n            ... on AttributionQuestion { segments { id paragraphNumber text } voices { id label } }\n          }\n        }\n        exercise {\n          id slug\n          claims { id text }\n          sources { ...EvidenceSources }\n          ownClaim { label }\n          contextFacts { count prompt }\n          rubric { id title description levels { score label descriptor } }\n        }\n      }\n    }\n  }\n": types.TeacherVersionLessonDocument,
    "\n  query TeacherDashboard {\n    myClasses {\n      id name joinCode archived\n      students { id displayName inactive }\n      lmsRoster { linked canSync lastSyncedAt }\n      assignments {\n        id dueAt feedback createdAt attemptCount\n        lesson { slug title }\n        attempts { id status }\n      }\n    }\n    lessons { slug title estimatedMinutes }\n  }\n": types.TeacherDashboardDocument,
    "\n  mutation TeacherCreateClass($name: String!) {\n    createClass(name: $name) { id }\n  }\n": types.TeacherCreateClassDocument,
    "\n  mutation TeacherResetJoinCode($classId: ID!) {\n    resetJoinCode(classId: $classId) { id joinCode }\n  }\n": types.TeacherResetJoinCodeDocument,
    "\n  mutation TeacherResetSignInCode($classId: ID!, $studentId: ID!) {\n    resetSignInCode(classId: $classId, studentId: $studentId) { id }\n  }\n": types.TeacherResetSignInCodeDocument,
    "\n  query TeacherStudentSignInCode($classId: ID!, $studentId: ID!) {\n    classroom(id: $classId) { id student(id: $studentId) { id displayName signInCode } }\n  }\n": types.TeacherStudentSignInCodeDocument,
    "\n  query TeacherSignInSlips($classId: ID!) {\n    viewer { id role }\n    classroom(id: $classId) {\n      id name\n      teacher { id displayName }\n      students { id displayName signInCode }\n    }\n  }\n": types.TeacherSignInSlipsDocument,
    "\n  mutation TeacherAssignLesson($classId: ID!, $lessonSlug: String!, $dueAt: DateTimeISO, $feedback: FeedbackTiming) {\n    assignLesson(classId: $classId, lessonSlug: $lessonSlug, dueAt: $dueAt, feedback: $feedback) { id }\n  }\n": types.TeacherAssignLessonDocument,
    "\n  mutation TeacherUpdateAssignment($assignmentId: ID!, $dueAt: DateTimeISO, $feedback: FeedbackTiming) {\n    updateAssignment(assignmentId: $assignmentId, dueAt: $dueAt, feedback: $feedback) { id dueAt feedback }\n  }\n": types.TeacherUpdateAssignmentDocument,
    "\n  query TeacherAssignment($id: ID!, $lessonSlug: String) {\n    viewer { id role }\n    assignment(id: $id) {\n      id dueAt feedback counts\n      extensions { studentId dueAt }\n      classroom { id name students { id displayName inactive } }\n      lesson {\n        slug title\n        document { slug paragraphs { number text } }\n        steps {\n          questionSet {\n            questions {\n              id kind\n              ... on ChoiceQuestion { choices { id text } }\n              ... on OrderingQuestion { items { id text } }\n              ... on MatchingQuestion { left { id text } right { id text } }\n              ... on EvidenceQuestion { claim sources { ...EvidenceSources } }\n              ... on AttributionQuestion { segments { id paragraphNumber text } voices { id label } }\n            }\n          }\n          exercise {\n            id slug\n            claims { id text }\n            sources { ...EvidenceSources }\n            ownClaim { label }\n            contextFacts { count prompt }\n            rubric { id title description levels { score label descriptor } }\n          }\n        }\n      }\n      attempts {\n        lesson { slug }\n        id status score maxScore autoScore autoMaxScore pendingReviewPoints late startedAt submittedAt dueAt closedByDueDate returnedAt teacherComment\n        student { id displayName }\n        responses {\n          id itemId revision triesUsed maxTries locked\n          answer { choiceIds text order pairs { leftId rightId } evidence { documentSlug paragraphNumber start end } claimId claim contextFacts attributions { segmentId voiceId } }\n          feedback {\n            correct score maxScore messageHtml needsReview teacherComment\n            rubricScores { criterionId score }\n          }\n        }\n      }\n      itemStatistics(lessonSlug: $lessonSlug) {\n        itemId prompt responses facility discrimination meanTries firstTryRight\n        criteria { criterionId title scored facility }\n      }\n      misconceptions(lessonSlug: $lessonSlug) {\n        misconception { id name belief habit reteach }\n        studentCount\n        students { studentId name }\n        items { itemId number prompt studentCount students { studentId name } }\n      }\n      review(lessonSlug: $lessonSlug) {\n        items {\n          itemId kind prompt points explanationHtml\n          choices { choiceId text correct explanationHtml }\n          order { id text }\n          pairs { left { id text } right { id text } explanation explanationHtml }\n          acceptedAnswers scoringGuideHtml\n          targets { documentSlug document { slug shortTitle } paragraphNumber start end quote note role countsForRecall claims { id text } }\n          attributions { segment { id paragraphNumber start end text } voice { id label } explanation explanationHtml }\n          exemplars { title claim levels { criterionId score } text commentary }\n        }\n      }\n    }\n  }\n": types.TeacherAssignmentDocument,
    "\n  query LessonKey($slug: String!) {\n    lessonKey(slug: $slug) {\n      items {\n        itemId kind prompt points explanationHtml\n        choices { choiceId text correct explanationHtml misconception { id name } }\n        order { id text }\n        pairs { left { id text } right { id text } explanation explanationHtml }\n        acceptedAnswers scoringGuideHtml\n        targets { documentSlug document { slug shortTitle } paragraphNumber start end quote note role countsForRecall claims { id text } }\n        attributions { segment { id paragraphNumber start end text } voice { id label } explanation explanationHtml }\n        exemplars { title claim levels { criterionId score } text commentary }\n        misconceptions\n      }\n      steps { stepId minutes }\n      totalMinutes\n    }\n  }\n": types.LessonKeyDocument,
    "\n  query TeacherGuideLesson($slug: String!) {\n    lesson(slug: $slug) { slug objectives skills }\n  }\n": types.TeacherGuideLessonDocument,
    "\n  mutation TeacherStartScratchAttempt($lessonSlug: String!, $fresh: Boolean) {\n    startScratchAttempt(lessonSlug: $lessonSlug, fresh: $fresh) { ...PlayerAttemptFields }\n  }\n": types.TeacherStartScratchAttemptDocument,
    "\n  mutation TeacherScoreResponse($responseId: ID!, $rubricScores: [RubricScoreInput!], $score: Float, $comment: String) {\n    scoreResponse(responseId: $responseId, rubricScores: $rubricScores, score: $score, comment: $comment) {\n      id\n      feedback { correct score maxScore messageHtml needsReview teacherComment rubricScores { criterionId score } }\n    }\n  }\n": types.TeacherScoreResponseDocument,
    "\n  mutation TeacherReopenAttempt($attemptId: ID!) {\n    reopenAttempt(attemptId: $attemptId) { id status }\n  }\n": types.TeacherReopenAttemptDocument,
    "\n  mutation TeacherReopenAttempts($assignmentId: ID!, $closedByDueDateOnly: Boolean) {\n    reopenAttempts(assignmentId: $assignmentId, closedByDueDateOnly: $closedByDueDateOnly) { id status }\n  }\n": types.TeacherReopenAttemptsDocument,
    "\n  mutation TeacherReturnAttempt($attemptId: ID!, $comment: String) {\n    returnAttempt(attemptId: $attemptId, comment: $comment) { id returnedAt teacherComment }\n  }\n": types.TeacherReturnAttemptDocument,
    "\n  mutation TeacherExtendAssignment($assignmentId: ID!, $studentId: ID!, $dueAt: DateTimeISO!) {\n    extendAssignment(assignmentId: $assignmentId, studentId: $studentId, dueAt: $dueAt) { id }\n  }\n": types.TeacherExtendAssignmentDocument,
    "\n  mutation TeacherRenameStudent($classId: ID!, $studentId: ID!, $displayName: String!) {\n    renameStudent(classId: $classId, studentId: $studentId, displayName: $displayName) { id displayName }\n  }\n": types.TeacherRenameStudentDocument,
    "\n  mutation TeacherMergeStudents($classId: ID!, $studentId: ID!, $duplicateId: ID!) {\n    mergeStudents(classId: $classId, studentId: $studentId, duplicateId: $duplicateId) { id }\n  }\n": types.TeacherMergeStudentsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountHome {\n    viewer { id role displayName signInCode }\n    myClasses {\n      id name\n      assignments {\n        id dueAt myDueAt feedback\n        lesson { slug title }\n        attempts { id status submittedAt score maxScore autoScore autoMaxScore pendingReviewPoints late returnedAt }\n      }\n    }\n    myAttempts {\n      id status startedAt submittedAt score maxScore autoScore autoMaxScore pendingReviewPoints\n      lesson { slug title }\n      assignment { id }\n    }\n  }\n"): typeof import('./graphql').AccountHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlayerAttemptFields on Attempt {\n    id status submittedAt late score maxScore autoScore autoMaxScore pendingReviewPoints dueAt returnedAt teacherComment\n    responses {\n      itemId revision triesUsed triesLeft maxTries locked\n      answer { choiceIds text order claimId claim contextFacts pairs { leftId rightId } evidence { documentSlug paragraphNumber start end } attributions { segmentId voiceId } }\n      feedback {\n        correct score maxScore messageHtml needsReview teacherComment\n        rubricScores { criterionId score }\n        expected { choiceIds text order claimId claim pairs { leftId rightId } evidence { documentSlug paragraphNumber start end } attributions { segmentId voiceId } }\n      }\n    }\n  }\n"): typeof import('./graphql').PlayerAttemptFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlayerStartAttempt($lessonSlug: String!, $assignmentId: ID) {\n    startAttempt(lessonSlug: $lessonSlug, assignmentId: $assignmentId) { ...PlayerAttemptFields }\n  }\n"): typeof import('./graphql').PlayerStartAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlayerOpenPractice($lessonSlug: String!) {\n    myAttempts(lessonSlug: $lessonSlug, status: IN_PROGRESS) { ...PlayerAttemptFields assignment { id } }\n  }\n"): typeof import('./graphql').PlayerOpenPracticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlayerAttempt($id: ID!) {\n    attempt(id: $id) { ...PlayerAttemptFields }\n  }\n"): typeof import('./graphql').PlayerAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlayerSaveResponse($attemptId: ID!, $itemId: ID!, $answer: AnswerInput!, $revision: Int!) {\n    saveResponse(attemptId: $attemptId, itemId: $itemId, answer: $answer, revision: $revision) {\n      ...PlayerResponseFields\n    }\n  }\n"): typeof import('./graphql').PlayerSaveResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlayerResponseFields on Response {\n    itemId revision triesUsed triesLeft maxTries locked\n    feedback {\n      correct score maxScore messageHtml needsReview teacherComment\n      rubricScores { criterionId score }\n      expected { choiceIds text order claimId claim pairs { leftId rightId } evidence { documentSlug paragraphNumber start end } attributions { segmentId voiceId } }\n    }\n  }\n"): typeof import('./graphql').PlayerResponseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlayerCheckResponse($attemptId: ID!, $itemId: ID!, $revision: Int!) {\n    checkResponse(attemptId: $attemptId, itemId: $itemId, revision: $revision) { ...PlayerResponseFields }\n  }\n"): typeof import('./graphql').PlayerCheckResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlayerRevealResponse($attemptId: ID!, $itemId: ID!) {\n    revealResponse(attemptId: $attemptId, itemId: $itemId) { ...PlayerResponseFields }\n  }\n"): typeof import('./graphql').PlayerRevealResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlayerSubmitAttempt($attemptId: ID!) {\n    submitAttempt(attemptId: $attemptId) { id status }\n  }\n"): typeof import('./graphql').PlayerSubmitAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeacherClassChanges($id: ID!, $first: Int!, $before: ID) {\n    classroom(id: $id) {\n      id\n      auditTrail(first: $first, before: $before) {\n        id at actorName action field oldValue newValue studentName\n      }\n    }\n  }\n"): typeof import('./graphql').TeacherClassChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeacherAssignmentChanges($id: ID!, $first: Int!, $before: ID) {\n    assignment(id: $id) {\n      id\n      auditTrail(first: $first, before: $before) {\n        id at actorName action field oldValue newValue studentName\n      }\n    }\n  }\n"): typeof import('./graphql').TeacherAssignmentChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthoringDocuments {\n    documents { slug title date }\n  }\n"): typeof import('./graphql').AuthoringDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthoringSourceDocument($slug: String!) {\n    document(slug: $slug) {\n      slug title\n      paragraphs { number text notes { id kind start end } }\n    }\n  }\n"): typeof import('./graphql').AuthoringSourceDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyQuestionSet($id: ID!) {\n    myQuestionSet(id: $id) {\n      ...AuthoredSet\n    }\n  }\n"): typeof import('./graphql').MyQuestionSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewQuestionSet($id: ID!) {\n    previewQuestionSet(id: $id) { lessonSlug draftVersion }\n  }\n"): typeof import('./graphql').PreviewQuestionSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyQuestionSetList {\n    myQuestionSets {\n      id title\n      document { slug title }\n      authoring {\n        status updatedAt\n        problems { path }\n        versions { number lessonSlug }\n      }\n    }\n  }\n"): typeof import('./graphql').MyQuestionSetListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthoredSet on QuestionSet {\n    id slug title\n    document { slug title paragraphs { number text notes { id kind start end } } }\n    authoring {\n      version status draft publishable changedSincePublished copiedFrom shareCode yaml updatedAt\n      problems { path message }\n      versions { number lessonSlug publishedAt }\n    }\n  }\n"): typeof import('./graphql').AuthoredSetFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthoringChoices {\n    documents { slug title date }\n    myClasses { id name archived }\n    misconceptions { id name }\n    lessons { slug title steps { questionSet { id title } } }\n  }\n"): typeof import('./graphql').AuthoringChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuestionSet($title: String!, $documentSlug: String!) {\n    createQuestionSet(input: { title: $title, documentSlug: $documentSlug }) { ...AuthoredSet }\n  }\n"): typeof import('./graphql').CreateQuestionSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DuplicateQuestionSet($id: ID!) {\n    duplicateQuestionSet(id: $id) { ...AuthoredSet }\n  }\n"): typeof import('./graphql').DuplicateQuestionSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportQuestionSet($yaml: String!) {\n    importQuestionSet(yaml: $yaml) { ...AuthoredSet }\n  }\n"): typeof import('./graphql').ImportQuestionSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQuestionSet($id: ID!, $expectedVersion: Int!, $title: String, $content: JSONObject) {\n    updateQuestionSet(id: $id, expectedVersion: $expectedVersion, input: { title: $title, content: $content }) {\n      ...AuthoredSet\n    }\n  }\n"): typeof import('./graphql').UpdateQuestionSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishQuestionSet($id: ID!, $move: Boolean!) {\n    publishQuestionSet(id: $id, moveOpenAssignments: $move) { ...AuthoredSet }\n  }\n"): typeof import('./graphql').PublishQuestionSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveQuestionSet($id: ID!) {\n    archiveQuestionSet(id: $id) { ...AuthoredSet }\n  }\n"): typeof import('./graphql').ArchiveQuestionSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareQuestionSet($id: ID!) {\n    shareQuestionSet(id: $id) { ...AuthoredSet }\n  }\n"): typeof import('./graphql').ShareQuestionSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopySharedQuestionSet($code: String!) {\n    copySharedQuestionSet(shareCode: $code) { ...AuthoredSet }\n  }\n"): typeof import('./graphql').CopySharedQuestionSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignQuestionSet($classId: ID!, $id: ID!, $dueAt: DateTimeISO, $feedback: FeedbackTiming) {\n    assignQuestionSet(classId: $classId, questionSetId: $id, dueAt: $dueAt, feedback: $feedback) {\n      id\n    }\n  }\n"): typeof import('./graphql').AssignQuestionSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentInCollection($slug: String!) {\n    document(slug: $slug) {\n      slug origin imported\n      citedBy { lessonSlug lessonTitle stepTitle itemId prompt paragraphNumbers }\n    }\n  }\n"): typeof import('./graphql').DocumentInCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveStudent($classId: ID!, $studentId: ID!) {\n    removeStudent(classId: $classId, studentId: $studentId) { students attempts responses }\n  }\n"): typeof import('./graphql').RemoveStudentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAssignment($id: ID!) {\n    deleteAssignment(id: $id) { assignments attempts responses }\n  }\n"): typeof import('./graphql').DeleteAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveClass($id: ID!) {\n    archiveClass(id: $id) { id archived }\n  }\n"): typeof import('./graphql').ArchiveClassDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreClass($id: ID!) {\n    restoreClass(id: $id) { id archived }\n  }\n"): typeof import('./graphql').RestoreClassDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteClass($id: ID!) {\n    deleteClass(id: $id) { classes students assignments attempts responses }\n  }\n"): typeof import('./graphql').DeleteClassDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount {\n    deleteMyAccount { accounts attempts responses }\n  }\n"): typeof import('./graphql').DeleteMyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeacherGradeSync($id: ID!) {\n    assignment(id: $id) {\n      id\n      gradeSync { pending failed sent lastError lastSentAt }\n    }\n  }\n"): typeof import('./graphql').TeacherGradeSyncDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeacherRetryGradeSync($id: ID!) {\n    retryGradeSync(assignmentId: $id) { pending failed sent lastError lastSentAt }\n  }\n"): typeof import('./graphql').TeacherRetryGradeSyncDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home($slug: String!) {\n    document(slug: $slug) {\n      slug title date summary archivalReference translator paragraphCount\n      lessons { slug title summary estimatedMinutes skills }\n    }\n    documents { slug title date summary origin originalLanguage imported }\n  }\n"): typeof import('./graphql').HomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveEventFields on ActivityEvent { id kind studentId attemptId itemId at correct }\n"): typeof import('./graphql').LiveEventFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveSnapshot($assignmentId: ID!, $after: ID) {\n    assignmentActivitySnapshot(assignmentId: $assignmentId, after: $after) {\n      paused lastEventId\n      students { ...LiveEventFields }\n      cells { ...LiveEventFields }\n      events { ...LiveEventFields }\n    }\n  }\n"): typeof import('./graphql').LiveSnapshotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveAssignmentActivity($assignmentId: ID!, $after: ID) {\n    assignmentActivity(assignmentId: $assignmentId, after: $after) { ...LiveEventFields }\n  }\n"): typeof import('./graphql').LiveAssignmentActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveAttemptUpdates($attemptId: ID!, $after: ID) {\n    myAttemptUpdates(attemptId: $attemptId, after: $after) { id kind attemptId itemId at }\n  }\n"): typeof import('./graphql').LiveAttemptUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LivePauseClass($classId: ID!) { pauseClass(classId: $classId) }\n"): typeof import('./graphql').LivePauseClassDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveResumeClass($classId: ID!) { resumeClass(classId: $classId) }\n"): typeof import('./graphql').LiveResumeClassDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveOpenFeedbackNow($assignmentId: ID!) {\n    openFeedbackNow(assignmentId: $assignmentId) { id feedback }\n  }\n"): typeof import('./graphql').LiveOpenFeedbackNowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveRisingMisconceptions($assignmentId: ID!, $minutes: Int) {\n    assignment(id: $assignmentId) {\n      id\n      risingMisconceptions(minutes: $minutes) {\n        misconception { id name belief reteach }\n        recentStudentCount\n        recentStudents { studentId name }\n        earlierStudentCount\n        items { itemId number prompt }\n      }\n    }\n  }\n"): typeof import('./graphql').LiveRisingMisconceptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeacherSyncClassRoster($classId: ID!) {\n    syncClassRoster(classId: $classId) { added updated markedInactive reactivated }\n  }\n"): typeof import('./graphql').TeacherSyncClassRosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceSources on EvidenceSource {\n    document { slug title shortTitle }\n    paragraphNumbers\n    paragraphs { number text notes { id kind start end } }\n  }\n"): typeof import('./graphql').EvidenceSourcesFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlayerLesson($slug: String!) {\n    lesson(slug: $slug) {\n      id slug title summary estimatedMinutes\n      document {\n        slug title\n        paragraphs { number text notes { id kind start end } }\n      }\n      steps {\n        id position kind title bodyHtml paragraphNumbers\n        questionSet {\n          id title\n          questions {\n            id kind prompt points paragraphNumbers\n            ... on ChoiceQuestion { choices { id text } }\n            ... on ShortAnswerQuestion { maxLength }\n            ... on OrderingQuestion { items { id text } }\n            ... on MatchingQuestion { left { id text } right { id text } }\n            ... on EvidenceQuestion {\n              claim minSelections maxSelections\n              sources { ...EvidenceSources }\n            }\n            ... on ReflectionQuestion { maxLength }\n            ... on AttributionQuestion { segments { id paragraphNumber start end text } voices { id label } }\n          }\n        }\n        exercise {\n          id slug title prompt promptHtml guidanceHtml paragraphNumbers minEvidence points\n          claims { id text }\n          sources { ...EvidenceSources }\n          ownClaim { label }\n          contextFacts { count prompt }\n          rubric { id title description levels { score label descriptor } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PlayerLessonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlayerAssignment($id: ID!) {\n    assignment(id: $id) {\n      id dueAt myDueAt feedback\n      classroom { id name paused }\n      lesson { slug title }\n    }\n  }\n"): typeof import('./graphql').PlayerAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReaderDocument($slug: String!) {\n    document(slug: $slug) {\n      id slug title date summary citation displayUrl archivalReference translator originalLanguage paragraphCount\n      origin imported\n      paragraphs {\n        id number text authorText\n        notes { id kind quote start end explanation parentId }\n      }\n      people {\n        id slug name role description identified paragraphNumbers\n        mentions { paragraphNumber start end }\n      }\n      glossary {\n        id slug term definition paragraphNumbers\n        mentions { paragraphNumber start end }\n      }\n    }\n  }\n"): typeof import('./graphql').ReaderDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchDocuments($query: String!, $first: Int, $after: String, $documentSlug: String) {\n    search(query: $query, first: $first, after: $after, documentSlug: $documentSlug) {\n      edges {\n        cursor\n        node {\n          rank\n          ranges { start end }\n          document { id slug title date }\n          paragraph { id number text }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').SearchDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer { id role displayName signInCode }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartGuestSession($displayName: String!) {\n    startGuestSession(displayName: $displayName) { viewer { id role displayName signInCode } }\n  }\n"): typeof import('./graphql').StartGuestSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithCode($signInCode: String!) {\n    signInWithCode(signInCode: $signInCode) { viewer { id role displayName signInCode } }\n  }\n"): typeof import('./graphql').SignInWithCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinClass($joinCode: String!, $displayName: String!, $inFrame: Boolean!) {\n    joinClass(joinCode: $joinCode, displayName: $displayName) {\n      token @include(if: $inFrame)\n      viewer { id role displayName signInCode }\n      classroom { id name teacher { id displayName } }\n    }\n  }\n"): typeof import('./graphql').JoinClassDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClassByJoinCode($joinCode: String!) {\n    classByJoinCode(joinCode: $joinCode) { name teacherName }\n  }\n"): typeof import('./graphql').ClassByJoinCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) { viewer { id role displayName signInCode } }\n  }\n"): typeof import('./graphql').LogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpTeacher($email: String!, $password: String!, $displayName: String!) {\n    signUpTeacher(email: $email, password: $password, displayName: $displayName) { viewer { id role displayName signInCode } }\n  }\n"): typeof import('./graphql').SignUpTeacherDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): typeof import('./graphql').LogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeacherVersionLesson($slug: String!) {\n    lesson(slug: $slug) {\n      slug title\n      document { slug paragraphs { number text } }\n      steps {\n        questionSet {\n          questions {\n            id kind\n            ... on ChoiceQuestion { choices { id text } }\n            ... on OrderingQuestion { items { id text } }\n            ... on MatchingQuestion { left { id text } right { id text } }\n            ... on EvidenceQuestion { claim sources { ...EvidenceSources } }\n            ... on AttributionQuestion { segments { id paragraphNumber text } voices { id label } }\n          }\n        }\n        exercise {\n          id slug\n          claims { id text }\n          sources { ...EvidenceSources }\n          ownClaim { label }\n          contextFacts { count prompt }\n          rubric { id title description levels { score label descriptor } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TeacherVersionLessonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeacherDashboard {\n    myClasses {\n      id name joinCode archived\n      students { id displayName inactive }\n      lmsRoster { linked canSync lastSyncedAt }\n      assignments {\n        id dueAt feedback createdAt attemptCount\n        lesson { slug title }\n        attempts { id status }\n      }\n    }\n    lessons { slug title estimatedMinutes }\n  }\n"): typeof import('./graphql').TeacherDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeacherCreateClass($name: String!) {\n    createClass(name: $name) { id }\n  }\n"): typeof import('./graphql').TeacherCreateClassDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeacherResetJoinCode($classId: ID!) {\n    resetJoinCode(classId: $classId) { id joinCode }\n  }\n"): typeof import('./graphql').TeacherResetJoinCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeacherResetSignInCode($classId: ID!, $studentId: ID!) {\n    resetSignInCode(classId: $classId, studentId: $studentId) { id }\n  }\n"): typeof import('./graphql').TeacherResetSignInCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeacherStudentSignInCode($classId: ID!, $studentId: ID!) {\n    classroom(id: $classId) { id student(id: $studentId) { id displayName signInCode } }\n  }\n"): typeof import('./graphql').TeacherStudentSignInCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeacherSignInSlips($classId: ID!) {\n    viewer { id role }\n    classroom(id: $classId) {\n      id name\n      teacher { id displayName }\n      students { id displayName signInCode }\n    }\n  }\n"): typeof import('./graphql').TeacherSignInSlipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeacherAssignLesson($classId: ID!, $lessonSlug: String!, $dueAt: DateTimeISO, $feedback: FeedbackTiming) {\n    assignLesson(classId: $classId, lessonSlug: $lessonSlug, dueAt: $dueAt, feedback: $feedback) { id }\n  }\n"): typeof import('./graphql').TeacherAssignLessonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeacherUpdateAssignment($assignmentId: ID!, $dueAt: DateTimeISO, $feedback: FeedbackTiming) {\n    updateAssignment(assignmentId: $assignmentId, dueAt: $dueAt, feedback: $feedback) { id dueAt feedback }\n  }\n"): typeof import('./graphql').TeacherUpdateAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeacherAssignment($id: ID!, $lessonSlug: String) {\n    viewer { id role }\n    assignment(id: $id) {\n      id dueAt feedback counts\n      extensions { studentId dueAt }\n      classroom { id name students { id displayName inactive } }\n      lesson {\n        slug title\n        document { slug paragraphs { number text } }\n        steps {\n          questionSet {\n            questions {\n              id kind\n              ... on ChoiceQuestion { choices { id text } }\n              ... on OrderingQuestion { items { id text } }\n              ... on MatchingQuestion { left { id text } right { id text } }\n              ... on EvidenceQuestion { claim sources { ...EvidenceSources } }\n              ... on AttributionQuestion { segments { id paragraphNumber text } voices { id label } }\n            }\n          }\n          exercise {\n            id slug\n            claims { id text }\n            sources { ...EvidenceSources }\n            ownClaim { label }\n            contextFacts { count prompt }\n            rubric { id title description levels { score label descriptor } }\n          }\n        }\n      }\n      attempts {\n        lesson { slug }\n        id status score maxScore autoScore autoMaxScore pendingReviewPoints late startedAt submittedAt dueAt closedByDueDate returnedAt teacherComment\n        student { id displayName }\n        responses {\n          id itemId revision triesUsed maxTries locked\n          answer { choiceIds text order pairs { leftId rightId } evidence { documentSlug paragraphNumber start end } claimId claim contextFacts attributions { segmentId voiceId } }\n          feedback {\n            correct score maxScore messageHtml needsReview teacherComment\n            rubricScores { criterionId score }\n          }\n        }\n      }\n      itemStatistics(lessonSlug: $lessonSlug) {\n        itemId prompt responses facility discrimination meanTries firstTryRight\n        criteria { criterionId title scored facility }\n      }\n      misconceptions(lessonSlug: $lessonSlug) {\n        misconception { id name belief habit reteach }\n        studentCount\n        students { studentId name }\n        items { itemId number prompt studentCount students { studentId name } }\n      }\n      review(lessonSlug: $lessonSlug) {\n        items {\n          itemId kind prompt points explanationHtml\n          choices { choiceId text correct explanationHtml }\n          order { id text }\n          pairs { left { id text } right { id text } explanation explanationHtml }\n          acceptedAnswers scoringGuideHtml\n          targets { documentSlug document { slug shortTitle } paragraphNumber start end quote note role countsForRecall claims { id text } }\n          attributions { segment { id paragraphNumber start end text } voice { id label } explanation explanationHtml }\n          exemplars { title claim levels { criterionId score } text commentary }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TeacherAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LessonKey($slug: String!) {\n    lessonKey(slug: $slug) {\n      items {\n        itemId kind prompt points explanationHtml\n        choices { choiceId text correct explanationHtml misconception { id name } }\n        order { id text }\n        pairs { left { id text } right { id text } explanation explanationHtml }\n        acceptedAnswers scoringGuideHtml\n        targets { documentSlug document { slug shortTitle } paragraphNumber start end quote note role countsForRecall claims { id text } }\n        attributions { segment { id paragraphNumber start end text } voice { id label } explanation explanationHtml }\n        exemplars { title claim levels { criterionId score } text commentary }\n        misconceptions\n      }\n      steps { stepId minutes }\n      totalMinutes\n    }\n  }\n"): typeof import('./graphql').LessonKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeacherGuideLesson($slug: String!) {\n    lesson(slug: $slug) { slug objectives skills }\n  }\n"): typeof import('./graphql').TeacherGuideLessonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeacherStartScratchAttempt($lessonSlug: String!, $fresh: Boolean) {\n    startScratchAttempt(lessonSlug: $lessonSlug, fresh: $fresh) { ...PlayerAttemptFields }\n  }\n"): typeof import('./graphql').TeacherStartScratchAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeacherScoreResponse($responseId: ID!, $rubricScores: [RubricScoreInput!], $score: Float, $comment: String) {\n    scoreResponse(responseId: $responseId, rubricScores: $rubricScores, score: $score, comment: $comment) {\n      id\n      feedback { correct score maxScore messageHtml needsReview teacherComment rubricScores { criterionId score } }\n    }\n  }\n"): typeof import('./graphql').TeacherScoreResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeacherReopenAttempt($attemptId: ID!) {\n    reopenAttempt(attemptId: $attemptId) { id status }\n  }\n"): typeof import('./graphql').TeacherReopenAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeacherReopenAttempts($assignmentId: ID!, $closedByDueDateOnly: Boolean) {\n    reopenAttempts(assignmentId: $assignmentId, closedByDueDateOnly: $closedByDueDateOnly) { id status }\n  }\n"): typeof import('./graphql').TeacherReopenAttemptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeacherReturnAttempt($attemptId: ID!, $comment: String) {\n    returnAttempt(attemptId: $attemptId, comment: $comment) { id returnedAt teacherComment }\n  }\n"): typeof import('./graphql').TeacherReturnAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeacherExtendAssignment($assignmentId: ID!, $studentId: ID!, $dueAt: DateTimeISO!) {\n    extendAssignment(assignmentId: $assignmentId, studentId: $studentId, dueAt: $dueAt) { id }\n  }\n"): typeof import('./graphql').TeacherExtendAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeacherRenameStudent($classId: ID!, $studentId: ID!, $displayName: String!) {\n    renameStudent(classId: $classId, studentId: $studentId, displayName: $displayName) { id displayName }\n  }\n"): typeof import('./graphql').TeacherRenameStudentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeacherMergeStudents($classId: ID!, $studentId: ID!, $duplicateId: ID!) {\n    mergeStudents(classId: $classId, studentId: $studentId, duplicateId: $duplicateId) { id }\n  }\n"): typeof import('./graphql').TeacherMergeStudentsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
