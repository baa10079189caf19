package org.fitledger.gateway.audit.assessment;

/**
 * A drawn chart: its title (the image's text alternative) and its PNG.
 *
 * <p>{@code new Chart("Coverage", png, 900, 360)}
 *
 * @param title the chart's title
 * @param png the image
 * @param width its width in pixels
 * @param height its height in pixels
 */
public record Chart(String title, byte[] png, int width, int height) {}
