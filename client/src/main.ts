import { createApp } from "vue";
import App from "./App.vue";
import { firstPageReady } from "./router/first-paint.js";
import { router } from "./router/index.js";
import "./styles/base.css";

const app = createApp(App).use(router);
void firstPageReady(router).then(() => app.mount("#app"));
