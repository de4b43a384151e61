package org.careeval.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;

/** JSON output of CLI commands: one pretty-printed object, then a line break. */
final class Json {

  /** Writes the fields of one JSON object. */
  interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  private static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  static void object(PrintWriter out, Body body) throws IOException {
    try (JsonGenerator json =
        FACTORY
            .createGenerator(out)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .useDefaultPrettyPrinter()) {
      json.writeStartObject();
      body.write(json);
      json.writeEndObject();
    }
    out.println();
  }
}
