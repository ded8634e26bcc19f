package org.crosscheck.cli.shell;

import java.util.List;
import java.util.Set;
import org.crosscheck.cli.output.EntitiesJson;
import org.crosscheck.cli.output.EntitiesTextView;
import org.crosscheck.cli.output.Json;
import org.crosscheck.entities.EntityListOptions;
import org.crosscheck.entities.EntitySummary;
import org.crosscheck.entities.EntityType;

/** {@code :entities [TYPE]}: the canonical entities, within the session's outlet filter and limit. */
final class EntitiesAction implements ShellAction {
  @Override
  public String name() {
    return "entities";
  }

  @Override
  public String arguments() {
    return "[TYPE]";
  }

  @Override
  public String summary() {
    return "people, organisations, places, quotes, numbers, dates (TYPE: person, org, place, quote, number, date)";
  }

  @Override
  public void run(String argument, ShellSession session) {
    Set<EntityType> types = argument.isBlank() ? Set.of() : Set.of(EntityType.fromLabel(argument));
    EntityListOptions options = EntityListOptions.defaults()
        .withTypes(types)
        .withOutlet(session.outlet().orElse(""))
        .withLimit(session.limit());
    List<EntitySummary> entities = session.crosscheck().entities(options);
    if (session.json()) {
      session.show(Json.write(EntitiesJson.of(entities)) + "\n");
    } else {
      session.show(out -> new EntitiesTextView(session.style()).print(entities, out));
    }
  }
}
