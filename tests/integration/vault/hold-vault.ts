// Child process for the VAULT_BUSY test: opens the vault and keeps it open until killed.
import { Vault } from '../../../electron/core/vault/vault';

const [dir = '', passphrase = '', n = '4096'] = process.argv.slice(2);
await Vault.open(dir, passphrase, { kdf: { name: 'scrypt', N: Number(n), r: 8, p: 1 } });
process.send?.('open');
setInterval(() => undefined, 1000);
