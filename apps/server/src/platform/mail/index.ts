export { createMailer, type Mailer, type MailMessage, type MailResult } from './mailer.js';
