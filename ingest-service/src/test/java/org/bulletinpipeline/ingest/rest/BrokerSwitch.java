package org.bulletinpipeline.ingest.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A port in front of the real broker: closed (nothing listens, connections are refused) until it is switched on,
 * then it relays. Producers bootstrapped through it see no broker at all at first; once it relays, they learn the
 * broker's own address from its metadata and write to the real topics, where a test can look for what they did or
 * did not write.
 * <p>
 * The port is kept in a system property: the test profile that points the producers at it and the test that
 * switches it on run in different class loaders.
 */
final class BrokerSwitch {

    private static final String PORT = "ingest-test.broker-switch.port";

    private BrokerSwitch() {
    }

    /** The switch's address: a free port, closed for now. */
    static synchronized String address() {
        if (System.getProperty(PORT) == null) {
            try (ServerSocket free = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
                System.setProperty(PORT, String.valueOf(free.getLocalPort()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return "127.0.0.1:" + System.getProperty(PORT);
    }

    /** Opens the port and relays every connection to {@code bootstrap}'s first broker: the broker is back. */
    static void relay(String bootstrap) {
        String first = bootstrap.split(",")[0].strip();
        String host = first.substring(0, first.lastIndexOf(':'));
        int port = Integer.parseInt(first.substring(first.lastIndexOf(':') + 1));
        ServerSocket server;
        try {
            server = new ServerSocket(Integer.parseInt(System.getProperty(PORT)), 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Thread.ofVirtual().name("broker-switch").start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket broker = new Socket(host, port);
                    Thread.ofVirtual().start(() -> pump(client, broker));
                    Thread.ofVirtual().start(() -> pump(broker, client));
                } catch (IOException e) {
                    // one connection failed: its client sees a broken connection and connects again
                }
            }
        });
    }

    private static void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // one side went away; closing both below ends the other direction too
        } finally {
            try {
                from.close();
                to.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }
}
