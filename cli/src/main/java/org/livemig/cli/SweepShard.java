package org.livemig.cli;

/** The {@code I/N} of {@code sweep --shard}: part I (1-based) of N. */
final class SweepShard {

    private SweepShard() {}

    /**
     * Parses {@code I/N}.
     *
     * @return {@code {I, N}}
     * @throws BadInputException naming the option and value unless 1 <= I <= N
     */
    static int[] parse(String text) {
        String[] parts = text.trim().split("/", -1);
        try {
            if (parts.length == 2) {
                int index = Integer.parseInt(parts[0].trim());
                int count = Integer.parseInt(parts[1].trim());
                if (count >= 1 && index >= 1 && index <= count) {
                    return new int[] {index, count};
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInputException("--shard " + text + ": must be I/N with whole numbers 1 <= I <= N, e.g. 2/8");
    }
}
