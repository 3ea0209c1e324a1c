package dev.vigil.app.traffic;

import java.time.Duration;

/**
 * What a replay has done so far.
 *
 * @param requests inference requests answered (one row each)
 * @param failures HTTP requests that failed (inference or feedback): refused, server error, no
 *     answer
 * @param labelsSent labels the server accepted
 * @param labelsPending labels chosen to be sent whose due time has not come (at the end: left
 *     unsent)
 * @param storyTime simulated time covered by the traffic
 */
public record ReplayCounts(
    long requests, long failures, long labelsSent, long labelsPending, Duration storyTime) {}
