import type { TFunction } from 'i18next';
import type { Branch } from '../../state/branches/model';
import { formatSimTime } from '../format';

/** "Main", or "Branch 2 (from 00:01:20)": where it left its parent is part of its name. */
export function branchName(t: TFunction, branch: Pick<Branch, 'id' | 'parentId' | 'forkMs'>): string {
  return branch.parentId === null ? t('branches.main') : t('branches.named', { n: branch.id, time: formatSimTime(branch.forkMs) });
}
