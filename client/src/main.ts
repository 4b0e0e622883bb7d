import { createApp } from "vue";
import App from "./App.vue";
import { router } from "./router/index.js";
import { prefetchRouteData } from "./router/prefetch.js";
import "./styles/base.css";

prefetchRouteData(location.pathname);
createApp(App).use(router).mount("#app");
