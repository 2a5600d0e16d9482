package nl.verbinder.ui.desktop;

import java.awt.AWTException;
import java.awt.Color;
import java.awt.EventQueue;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;

/**
 * The system tray's notification (Windows, macOS): a small Verbinder icon in the tray that shows
 * the message as a balloon or toast. AWT is touched only here, and only when a notification is
 * asked for, so the window's start-up does not load it. Where the tray is not supported (or the
 * JVM is headless), nothing is shown.
 */
final class TrayNotifier implements DesktopNotifier {

    private static final System.Logger LOG = System.getLogger(TrayNotifier.class.getName());

    private Boolean supported;
    /** Only touched on AWT's event thread. */
    private TrayIcon icon;

    @Override
    public synchronized boolean available() {
        if (supported == null) {
            try {
                supported = !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
            } catch (RuntimeException | LinkageError e) {
                LOG.log(System.Logger.Level.WARNING, "The system tray could not be asked", e);
                supported = false;
            }
        }
        return supported;
    }

    @Override
    public void show(String title, String text) {
        if (!available()) {
            return;
        }
        EventQueue.invokeLater(() -> {
            try {
                if (icon == null) {
                    icon = new TrayIcon(image(), FreedesktopNotifier.APP_NAME);
                    icon.setImageAutoSize(true);
                    SystemTray.getSystemTray().add(icon);
                }
                icon.displayMessage(title, text, TrayIcon.MessageType.NONE);
            } catch (AWTException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "The tray notification could not be shown", e);
            }
        });
    }

    /** The tray's icon: a "V" on the app's colour (the tray scales it). */
    private static BufferedImage image() {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x0F, 0x76, 0x6E));
        g.fillRoundRect(0, 0, 32, 32, 10, 10);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        g.drawString("V", 8, 24);
        g.dispose();
        return image;
    }
}
