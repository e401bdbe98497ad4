import { getCalendar } from '../../calendar/get-calendar';
import { calendarInputSchema, calendarSchema } from '../../calendar/calendar.schema';
import { router, staffProcedure } from '../trpc';

export const calendarRouter = router({
  get: staffProcedure
    .input(calendarInputSchema)
    .output(calendarSchema)
    .query(({ ctx, input }) => getCalendar(ctx.db, { actor: ctx.actor, ...input })),
});
