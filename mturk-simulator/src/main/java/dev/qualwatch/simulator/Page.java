package dev.qualwatch.simulator;

import java.util.List;

/** One page of a listing and whether more items follow it. */
record Page<T>(List<T> items, boolean more) {
}
