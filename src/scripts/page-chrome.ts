import { $settings, updateSettings } from '../stores/settings';
import { $storageNotices } from '../stores/storage/notices';
import { $progress, markVisited } from '../stores/progress';
import { rememberPlace, restorePlace } from './keep-place';
import { startGlossaryTerms } from './glossary-terms';
import { showPlanHours } from './plan-hours';
import { watchOverflow } from '../widgets/shared/scroll-overflow';
import { inPackage, sitePath } from '../i18n/site-path';

function applyModes(teacher: boolean, projector: boolean): void {
  const root = document.documentElement;
  root.classList.toggle('teacher-mode', teacher);
  root.classList.toggle('projector-mode', teacher && projector);
  document.getElementById('teacher-toggle')?.setAttribute('aria-pressed', String(teacher));
  document.getElementById('projector-toggle')?.setAttribute('aria-pressed', String(teacher && projector));
}

function wireModes(): void {
  const param = new URLSearchParams(location.search).get('teacher');
  $settings.subscribe((s) => applyModes(s.teacher, s.projector));
  if (param === '1' || param === '0') updateSettings({ teacher: param === '1' });
  document.getElementById('teacher-toggle')?.addEventListener('click', () => {
    const teacher = !$settings.get().teacher;
    updateSettings({ teacher, projector: teacher && $settings.get().projector });
  });
  document.getElementById('projector-toggle')?.addEventListener('click', () => {
    const projector = !$settings.get().projector;
    updateSettings({ projector });
    // The projected screen starts with the lesson, not the table of contents.
    if (projector) document.querySelector('.toc details')?.removeAttribute('open');
  });
}

function showNotices(): void {
  const area = document.getElementById('storage-notices');
  if (!area) return;
  $storageNotices.subscribe((notices) => {
    area.replaceChildren(
      ...notices.map((notice) => {
        const p = document.createElement('p');
        p.className = 'storage-notice';
        p.textContent = notice.message;
        return p;
      }),
    );
  });
}

function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  if (import.meta.env.DEV) return;
  // A SCORM package runs inside a learning platform's site, which is not ours to take offline.
  if (inPackage()) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(sitePath('/sw.js'), { scope: sitePath('/') }).catch(() => {
      /* offline support is a bonus: the page works without it */
    });
  });
}

/** Everything every page does once loaded: modes, notices, progress, script switch, offline support. */
export function startPageChrome(): void {
  showNotices();
  wireModes();
  startGlossaryTerms();
  showPlanHours();
  // Markdown and page tables scroll in their own box: mark the ones that overflow (the hint, the sticky first column).
  document.querySelectorAll<HTMLElement>('.table-scroll').forEach(watchOverflow);
  // On a phone the chapter strip shows the current chapter (the table of contents folds itself: TableOfContents.astro).
  if (matchMedia('(max-width: 52rem)').matches) {
    const current = document.querySelector<HTMLElement>('.chapter-list [aria-current="page"]');
    current?.parentElement?.parentElement?.scrollTo({ left: current.offsetLeft - 16 });
  }
  const chapter = document.documentElement.dataset.chapter;
  if (chapter) {
    $progress.listen(() => {}); // keeps the store mounted, so it loads and saves for the whole visit
    markVisited(chapter);
  }
  document.querySelector<HTMLAnchorElement>('[data-script-switch]')?.addEventListener('click', rememberPlace);
  restorePlace();
  registerServiceWorker();
}
