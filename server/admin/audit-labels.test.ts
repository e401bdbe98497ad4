import { describe, expect, it } from 'vitest';
import { auditActionLabel, auditFieldLabel, auditValueLabel } from './audit-labels';
import { AUDIT_ACTIONS } from './record-audit';

describe('the audit log’s labels', () => {
  it('names every admin action, workflow step and article event in words', () => {
    for (const action of AUDIT_ACTIONS) expect(auditActionLabel(action)).not.toBe(action);
    expect(auditActionLabel('staff.role_changed')).toBe('Changed role');
    expect(auditActionLabel('approve')).toBe('Approve');
    expect(auditActionLabel('restoreRevision')).toBe('Restored an earlier revision');
    expect(auditActionLabel('something.new')).toBe('something.new');
  });

  it('names fields from the one table, and unknown ones as words', () => {
    expect(auditFieldLabel('fourEyesApproval')).toBe('Four-eyes rule');
    expect(auditFieldLabel('wordCount')).toBe('Word count');
    expect(auditFieldLabel('createdByName')).toBe('Created by name');
  });

  it('shows roles, states and switches as people say them', () => {
    expect(auditValueLabel('JOURNALIST')).toBe('Journalist');
    expect(auditValueLabel('IN_REVIEW')).toMatch(/review/i);
    expect(auditValueLabel(true)).toBe('on');
    expect(auditValueLabel(['ADMIN', 'EDITOR'])).toBe('Admin, Editor');
    expect(auditValueLabel({ level: 'required', sectionIds: [], min: 300, max: null })).toBe('required (300–…)');
    expect(auditValueLabel(null)).toBe('—');
  });
});
