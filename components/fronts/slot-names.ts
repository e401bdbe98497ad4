import { TOP_SLOT_COUNT } from '@/server/front/front-layout.schema';

/** The slots as the editor names them: the lead, then the top row. */
export const SLOT_NAMES = ['Lead', ...Array.from({ length: TOP_SLOT_COUNT }, (_, index) => `Top story ${index + 1}`)];

/** The drag-and-drop data type of a story or a slot being dragged within the front editor. */
export const STORY_DRAG_TYPE = 'application/x-masthead-story';
export const SLOT_DRAG_TYPE = 'application/x-masthead-slot';
