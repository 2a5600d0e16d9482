package nl.verbinder.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.service.Services;

/**
 * A workstation in a process of its own, for {@link OutboxKillTest}: opens the practice server
 * named by the first argument as the app does ({@link ServerServicesFactory}, the data folder from
 * the environment), says "ready", waits for a line, logs three contact moments for the partner
 * named by id (the server is down by then, so they wait in the outbox), says how many wait, and
 * waits to be killed.
 */
public final class OutboxChild {

    private OutboxChild() {
    }

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.systemUTC();
        var env = System.getenv();
        ServerServicesFactory factory = new ServerServicesFactory(new SqliteServicesFactory(env, clock), env, clock);
        Services services = factory.open(Path.of(args[0]));
        long partner = Long.parseLong(args[1]);
        System.out.println("ready");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        in.readLine();
        for (int i = 1; i <= 3; i++) {
            ContactMoment draft = ContactMoment.builder().partnerId(partner).date(LocalDate.now(clock))
                    .kind(ContactKind.PHONE).summary("Gesprek " + i).build();
            System.out.println(services.logMoment(draft).isWaiting() ? "waits" : "sent");
        }
        System.out.println("waiting " + services.outbox().waiting());
        System.out.flush();
        in.readLine(); // until killed
    }
}
