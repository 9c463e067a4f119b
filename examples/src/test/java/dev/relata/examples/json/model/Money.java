package dev.relata.examples.json.model;

import java.math.BigDecimal;

/** A value object Relata does not know: the ObjectMapper reads and writes it (a record). */
public record Money(BigDecimal amount, String currency) {}
