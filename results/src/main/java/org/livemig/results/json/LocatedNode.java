package org.livemig.results.json;

import com.fasterxml.jackson.databind.JsonNode;

/** A JSON value and the line of its key. */
record LocatedNode(JsonNode node, long line) {}
