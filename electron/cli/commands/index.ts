import type { Command } from '../context';
import { initCommand, passwdCommand, statusCommand } from './vault';

/** Command names are a public interface: add, never rename. */
export const COMMANDS: readonly Command[] = [initCommand, statusCommand, passwdCommand];
