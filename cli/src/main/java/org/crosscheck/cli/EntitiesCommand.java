package org.crosscheck.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.crosscheck.Crosscheck;
import org.crosscheck.cli.output.EntitiesJson;
import org.crosscheck.cli.output.EntitiesTextView;
import org.crosscheck.cli.output.Json;
import org.crosscheck.entities.EntityListOptions;
import org.crosscheck.entities.EntitySummary;
import org.crosscheck.entities.EntityType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crosscheck entities}: the canonical people, organisations, places, quotes, numbers and dates of the index. */
@Command(
    name = "entities",
    description = {
      // The first line is the summary in the root --help: a whole sentence.
      "List the canonical entities the index holds, most often named first.",
      "For each: how many body paragraphs of each outlet name it, and the spellings seen (\"Qassem\"/\"Qasem Soleimani\", \"US\"/\"U.S.\"/\"United States\").",
      "Quotes are listed by speaker; numbers by value and what they count."
    })
final class EntitiesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(names = "--type", paramLabel = "TYPE", split = ",",
      description = "person, org, place, quote, number or date; repeat or separate with commas (default: all).")
  List<String> types = List.of();

  @Option(names = "--outlet", paramLabel = "OUTLET", description = "Only count paragraphs of this outlet (any case).")
  String outlet = "";

  @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "50", description = "How many entities (default: ${DEFAULT-VALUE}).")
  int limit;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    Set<EntityType> wanted = new LinkedHashSet<>();
    for (String type : types) {
      wanted.add(EntityType.fromLabel(type));
    }
    EntityListOptions options = EntityListOptions.defaults().withTypes(wanted).withOutlet(outlet).withLimit(limit);
    List<EntitySummary> entities;
    try (IndexLease lease = index.lease(spec.commandLine().getErr())) {
      Crosscheck crosscheck = lease.crosscheck();
      entities = crosscheck.entities(options);
    }
    var out = spec.commandLine().getOut();
    if (output.json()) {
      out.println(Json.write(EntitiesJson.of(entities)));
      out.flush();
    } else {
      new EntitiesTextView(output.style()).print(entities, out);
    }
    return ExitCode.OK;
  }
}
