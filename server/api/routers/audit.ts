import { auditPageSchema, listAuditSchema } from '../../admin/audit.schema';
import { listAudit } from '../../admin/list-audit';
import { procedureRequiring, router } from '../trpc';

export const auditRouter = router({
  list: procedureRequiring('audit.read')
    .input(listAuditSchema)
    .output(auditPageSchema)
    .query(({ ctx, input }) => listAudit({ db: ctx.db, filters: input })),
});
