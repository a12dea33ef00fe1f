/** The task pane's entry: mounts the pane once Office.js is ready. */
import { createRoot } from "react-dom/client";

function mount(): void {
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(
    <main>
      <h1>连云港知识产权资助核算</h1>
      <p>Lianyungang IP funding check</p>
    </main>,
  );
}

if (typeof Office !== "undefined") void Office.onReady(mount);
else mount();
