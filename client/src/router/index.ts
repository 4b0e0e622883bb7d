import {
  createRouter,
  createWebHistory,
  type RouteLocationNormalizedLoaded,
  type RouteRecordRaw,
  START_LOCATION,
} from "vue-router";
import { forgetFirstPage } from "../api/first-page.js";
import { loadStepKinds } from "./lesson-steps.js";
import { RECORD_SLUG } from "../lib/collection/collection.js";
import HomePage from "../pages/HomePage.vue";

const DEFAULT_DESCRIPTION =
  "Read a secret 1957 Soviet record of a conversation with Kim Il Sung the way a historian does: guided lessons, questions and source analysis.";

const slugOf = (route: RouteLocationNormalizedLoaded) => String(route.params.slug);
/** A lesson opened on a later step (?step=3) shows questions at once: their code comes first. */
const opensPastFirstStep = (route: RouteLocationNormalizedLoaded) =>
  Number.parseInt(String(route.query.step ?? "1"), 10) > 1;

// Every page but the home page loads lazily, so a student's first visit downloads only what it shows.
const routes: RouteRecordRaw[] = [
  {
    path: "/",
    name: "home",
    component: HomePage,
    meta: {
      prefetch: () => import("../api/home.js").then((api) => api.prefetchHome(RECORD_SLUG)),
      title: "Home",
      description: DEFAULT_DESCRIPTION,
    },
  },
  {
    path: "/documents/:slug",
    name: "reader",
    component: () => import("../pages/ReaderPage.vue"),
    meta: {
      prefetch: (route) =>
        import("../api/reader.js").then((api) => api.prefetchReaderDocument(slugOf(route))),
      title: "The document",
      description:
        "A primary source of the collection with its editorial notes, the people and terms it names, and search.",
    },
  },
  {
    path: "/lessons/:slug",
    name: "lesson",
    component: () => import("../pages/LessonPage.vue"),
    meta: {
      prefetch: (route) =>
        Promise.all([
          import("../api/player.js").then((api) => api.prefetchPlayerLesson(slugOf(route))),
          opensPastFirstStep(route) ? loadStepKinds() : undefined,
        ]).then(() => undefined),
      title: "Lesson",
      description:
        "A guided lesson on the 1957 record: read the source, answer questions, and weigh the evidence.",
    },
  },
  {
    path: "/lessons/:slug/worksheet",
    name: "worksheet",
    component: () => import("../pages/WorksheetPage.vue"),
    meta: { title: "Worksheet" },
  },
  {
    path: "/assignments/:id",
    name: "assignment",
    component: () => import("../pages/LessonPage.vue"),
    meta: {
      prefetch: async (route) => void (opensPastFirstStep(route) && (await loadStepKinds())),
      title: "Assignment",
    },
  },
  {
    path: "/join/:code?",
    name: "join",
    component: () => import("../pages/JoinPage.vue"),
    meta: {
      title: "Join a class",
      description: "Join your teacher's class with its code to keep your lesson work in one place.",
    },
  },
  {
    path: "/signin",
    name: "signin",
    component: () => import("../pages/SignInPage.vue"),
    meta: {
      title: "Sign in with your code",
      description: "Sign in with the code on your slip to continue your lessons on any device.",
    },
  },
  {
    path: "/me",
    name: "me",
    component: () => import("../pages/MePage.vue"),
    meta: { title: "My work" },
  },
  {
    path: "/teacher",
    name: "teacher",
    component: () => import("../pages/TeacherPage.vue"),
    meta: { title: "Teacher" },
  },
  {
    path: "/teacher/classes/:id/slips",
    name: "teacher-slips",
    component: () => import("../pages/TeacherSlipsPage.vue"),
    meta: { title: "Sign-in slips" },
  },
  {
    path: "/teacher/lessons/:slug",
    name: "teacher-lesson",
    component: () => import("../pages/TeacherLessonPage.vue"),
    meta: { title: "Teacher guide" },
  },
  {
    path: "/teacher/lessons/:slug/try",
    name: "lesson-try",
    component: () => import("../pages/LessonPage.vue"),
    meta: { title: "Trying as a student" },
  },
  {
    path: "/teacher/lessons/:slug/key",
    name: "lesson-key",
    component: () => import("../pages/LessonKeyPage.vue"),
    meta: { title: "Answer key" },
  },
  {
    path: "/teacher/sets",
    name: "teacher-sets",
    component: () => import("../pages/TeacherSetsPage.vue"),
    meta: { title: "My question sets" },
  },
  {
    path: "/teacher/sets/:id",
    name: "teacher-set",
    component: () => import("../pages/TeacherSetEditorPage.vue"),
    meta: { title: "Edit a question set" },
  },
  {
    path: "/teacher/sets/:id/preview",
    name: "teacher-set-preview",
    component: () => import("../pages/TeacherSetPreviewPage.vue"),
    meta: { title: "Preview a question set" },
  },
  {
    path: "/teacher/assignments/:id",
    name: "teacher-assignment",
    component: () => import("../pages/TeacherAssignmentPage.vue"),
    meta: { title: "Assignment results" },
  },
  {
    path: "/teacher/assignments/:id/items/:itemId",
    name: "teacher-grade-item",
    component: () => import("../pages/TeacherGradeItemPage.vue"),
    meta: { title: "Grade by question" },
  },
  {
    path: "/lti/continue",
    name: "lti-continue",
    component: () => import("../pages/LtiContinuePage.vue"),
    meta: { title: "Opening the lesson" },
  },
  {
    path: "/:rest(.*)*",
    name: "not-found",
    component: () => import("../pages/NotFoundPage.vue"),
    meta: { title: "Not found" },
  },
];

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior(to, _from, saved) {
    if (saved) return saved;
    if (to.hash) return { el: to.hash, top: 16 };
    return { top: 0 };
  },
});

router.afterEach((to, from) => {
  if (from !== START_LOCATION && to.path !== from.path) forgetFirstPage();
  document.title = `${String(to.meta.title ?? "")} · Puzanov's record, 1957`;
  document
    .querySelector('meta[name="description"]')
    ?.setAttribute("content", String(to.meta.description ?? DEFAULT_DESCRIPTION));
});
