package org.kompanjoner.knowledge.articles;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.kompanjoner.shared.Refused;
import org.springframework.stereotype.Component;

/**
 * Cover images, taken by what their content is and never by their name: whatever the JDK's image
 * readers can read (PNG, JPEG, GIF, BMP, and WebP when a reader for it is installed) is drawn again as
 * a new JPEG at most {@link #LARGE_WIDTH} wide, and a smaller one for lists. Only the pixels survive:
 * metadata (a camera's position), comments and anything hidden after the image are left behind. An SVG
 * is refused: it is a document that can carry script, not a picture.
 */
@Component
class Covers {

    /** The largest upload taken; the container refuses far larger ones before they are read. */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    static final int LARGE_WIDTH = 1600;
    static final int SMALL_WIDTH = 480;
    /** A small file can claim huge dimensions and fill the memory when decoded: refused before that. */
    static final long MAX_PIXELS = 40_000_000L;

    private static final float QUALITY = 0.85f;

    /** A cover as kept: its type, the two sizes, and the large one's dimensions. */
    record Cover(String contentType, byte[] large, byte[] small, int width, int height) {}

    /** The upload as a new cover; refuses, keeping nothing, what is too large or not a readable picture. */
    Cover read(byte[] upload) {
        if (upload.length > MAX_BYTES) {
            throw new Refused("articles.cover.too-large", MAX_BYTES / (1024 * 1024));
        }
        BufferedImage image = decode(upload);
        BufferedImage large = scaled(image, LARGE_WIDTH);
        BufferedImage small = scaled(image, SMALL_WIDTH);
        return new Cover("image/jpeg", jpeg(large), jpeg(small), large.getWidth(), large.getHeight());
    }

    private static BufferedImage decode(byte[] upload) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new Refused("articles.cover.not-an-image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS || pixels <= 0) {
                    throw new Refused("articles.cover.too-many-pixels");
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new Refused("articles.cover.not-an-image");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof Refused refused) {
                throw refused;
            }
            // A damaged file, or one that only starts like a picture.
            throw new Refused("articles.cover.not-an-image");
        }
    }

    /** The image at most {@code width} wide, drawn on white (a JPEG has no transparency). */
    private static BufferedImage scaled(BufferedImage image, int width) {
        int targetWidth = Math.min(width, image.getWidth());
        int targetHeight = Math.max(1, (int) Math.round((double) image.getHeight() * targetWidth / image.getWidth()));
        BufferedImage target = new BufferedImage(targetWidth, targetHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, targetWidth, targetHeight);
            graphics.drawImage(image, 0, 0, targetWidth, targetHeight, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } catch (IOException e) {
            throw new IllegalStateException("An image in memory could not be written", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
