package dev.shoplens.launcher.users;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import picocli.CommandLine.Command;

/**
 * {@code shoplens hash-password}: the hash of a dashboard user's password, as the users file wants it
 * ({@code {bcrypt}$2a$10$...}). The password is read without echo from the terminal, or as the first line of standard
 * input, never from the command line, where the shell's history would keep it.
 */
@Command(
        name = "hash-password",
        mixinStandardHelpOptions = true,
        description = "Print the bcrypt hash of a password for the dashboard's users file. Reads the password"
                + " without echo from the terminal, or as the first line of standard input.")
public final class HashPasswordCommand implements Callable<Integer> {

    @Override
    public Integer call() throws IOException {
        String password = read();
        if (password == null || password.isEmpty()) {
            System.err.println("No password given.");
            return 2;
        }
        System.out.println(hash(password));
        return 0;
    }

    /** The delegating encoder's bcrypt, as the dashboard checks passwords (the hash names its algorithm). */
    static String hash(String password) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        return encoder.encode(password);
    }

    private static String read() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password: ");
            return typed == null ? null : new String(typed);
        }
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }
}
