package org.concordat.notification.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concordat.notification.application.Mailer;
import org.concordat.shared.application.Settings;

/**
 * Email through the server's mail session (wildfly-config/mail.cli: SMTP_HOST, SMTP_PORT, SMTP_FROM). Links in
 * emails are absolute, from CONCORDAT_BASE_URL. A failure is logged without the message's content and does not
 * undo anything: the inbox already holds the notification.
 */
@ApplicationScoped
public class SmtpMailer implements Mailer {

    private static final Logger LOG = Logger.getLogger(SmtpMailer.class.getName());

    @Resource(lookup = "java:jboss/mail/Concordat")
    Session session;

    @Resource
    ManagedExecutorService executor;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Settings settings;

    @Override
    public void sendAfterCommit(List<Email> emails) {
        if (emails.isEmpty()) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to do before the commit: mail goes only once it has happened.
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.execute(() -> emails.forEach(SmtpMailer.this::send));
                }
            }
        });
    }

    private void send(Email email) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom();
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.to(), true));
            message.setSubject(email.subject(), "UTF-8");
            message.setText(email.body() + "\n\n" + settings.baseUrl() + email.link() + "\n\n-- \nConcordat", "UTF-8");
            Transport.send(message);
            LOG.info(() -> "event=email_sent subject_length=" + email.subject().length());
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "event=email_failed reason={0}", e.getClass().getSimpleName());
        }
    }
}
