import { useStore } from '@nanostores/preact';
import { $settings } from '../../stores/settings';

/** Teacher and projector mode, for widgets that show answer keys or a class mode. `?teacher=1` counts too. */
export function useTeacherMode(): { teacher: boolean; projector: boolean } {
  const settings = useStore($settings);
  const fromUrl = typeof location !== 'undefined' && new URLSearchParams(location.search).get('teacher') === '1';
  const teacher = settings.teacher || fromUrl;
  return { teacher, projector: teacher && settings.projector };
}
