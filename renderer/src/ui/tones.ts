import type { ConsentStatus } from '../../../shared/consent/types';
import type { NoticeStatus } from '../../../shared/consent/notice';
import type { ItemStatus } from '../import/queue-model';

export type Tone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger';

/** Green only where the status lets the CV be used; red where the candidate said no. */
export const consentTone = (status: ConsentStatus): Tone => {
  switch (status) {
    case 'given':
      return 'success';
    case 'requested':
      return 'accent';
    case 'refused':
    case 'withdrawn':
      return 'danger';
    case 'expired':
      return 'warning';
    case 'not-asked':
      return 'neutral';
  }
};

export const noticeTone = (status: NoticeStatus): Tone => {
  switch (status) {
    case 'done':
      return 'success';
    case 'due':
      return 'warning';
    case 'overdue':
      return 'danger';
    case 'not-required':
      return 'neutral';
  }
};

export const importTone = (status: ItemStatus): Tone => {
  switch (status) {
    case 'imported':
    case 'version':
      return 'success';
    case 'duplicate':
    case 'cancelled':
      return 'neutral';
    case 'failed':
      return 'danger';
    case 'staged':
    case 'waiting':
      return 'neutral';
    case 'reading':
    case 'importing':
      return 'accent';
  }
};
