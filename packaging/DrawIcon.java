import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws Verbinder's icon (three connected partners on a teal tile) as a PNG:
 * {@code java packaging/DrawIcon.java packaging/verbinder.png [SIZE]}. The PNG is committed;
 * run this again only to change the icon.
 */
public class DrawIcon {
    public static void main(String[] args) throws Exception {
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        double s = size / 256.0;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(s, s);
        g.setColor(new Color(0x1F6F78));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 64, 64));
        double[][] nodes = {{128, 78}, {72, 172}, {184, 172}};
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(12f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < nodes.length; i++) {
            double[] a = nodes[i];
            double[] b = nodes[(i + 1) % nodes.length];
            g.draw(new Line2D.Double(a[0], a[1], b[0], b[1]));
        }
        for (double[] n : nodes) {
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(n[0] - 28, n[1] - 28, 56, 56));
        }
        g.setColor(new Color(0xF2A541));
        g.fill(new Ellipse2D.Double(128 - 16, 78 - 16, 32, 32));
        g.dispose();
        ImageIO.write(image, "png", new File(args[0]));
    }
}
