package vn.directive.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * A real SMTP server inside the test's JVM (GreenMail) on a port of its own, which a test may stop (the server is
 * down) and start again on the same port; and the users whose addresses it receives for.
 */
final class MailServer {

    private final int port;
    private GreenMail greenMail;

    MailServer() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    int port() {
        return port;
    }

    synchronized void start() {
        if (greenMail == null || !greenMail.isRunning()) {
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    /** What reached one address (each Bcc recipient gets its own copy of the one message sent). */
    synchronized List<MimeMessage> inbox(String address) {
        return greenMail.findReceivedMessages(u -> address.equalsIgnoreCase(u.getEmail()), m -> true).toList();
    }

    /** Messages for {@code address} whose subject contains {@code text}. */
    List<MimeMessage> inbox(String address, String text) {
        return inbox(address).stream().filter(m -> subject(m).contains(text)).toList();
    }

    synchronized int received() {
        return greenMail.getReceivedMessages().length;
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A user of {@code group} (created if missing), with {@code email} (none when null). */
    static void member(IdentityService identity, String userId, String email, String group) {
        if (identity.createGroupQuery().groupId(group).count() == 0) {
            Group g = identity.newGroup(group);
            g.setName(group);
            g.setType("UNIT");
            identity.saveGroup(g);
        }
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User user = identity.newUser(userId);
            user.setFirstName(userId);
            user.setLastName("Thử");
            user.setEmail(email);
            user.setPassword("secret");
            identity.saveUser(user);
        }
        if (identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
            identity.createMembership(userId, group);
        }
    }
}
