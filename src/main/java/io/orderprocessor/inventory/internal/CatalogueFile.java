package io.orderprocessor.inventory.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.orderprocessor.inventory.Asset;
import io.orderprocessor.inventory.Symbols;

/**
 * The catalogue shipped with the application ({@code catalogue/assets.csv}): what is
 * written to the store on the first start. A comma-separated file with a header row;
 * fields holding commas are in double quotes.
 */
final class CatalogueFile {

	static final String DEFAULT_LOCATION = "catalogue/assets.csv";

	private CatalogueFile() {
	}

	static List<Asset> read(String location) {
		InputStream in = CatalogueFile.class.getClassLoader().getResourceAsStream(location);
		if (in == null) {
			throw new IllegalStateException("The asset catalogue " + location + " is missing from the classpath");
		}
		List<Asset> assets = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String header = reader.readLine();
			if (header == null) {
				return assets;
			}
			String line;
			int number = 1;
			while ((line = reader.readLine()) != null) {
				number++;
				if (!line.isBlank()) {
					assets.add(asset(fields(line), location + ":" + number));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return assets;
	}

	private static Asset asset(List<String> f, String where) {
		if (f.size() != 11) {
			throw new IllegalStateException(where + ": expected 11 fields, found " + f.size());
		}
		String symbol = Symbols.normalise(f.get(0))
			.filter(s -> s.equals(f.get(0)))
			.orElseThrow(() -> new IllegalStateException(where + ": bad symbol " + f.get(0)));
		return new Asset(symbol, f.get(1), f.get(2), f.get(10), f.get(3), new BigDecimal(f.get(4)),
				Integer.parseInt(f.get(5)), new BigDecimal(f.get(6)), new BigDecimal(f.get(7)),
				f.get(8).isBlank() ? null : new BigDecimal(f.get(8)), Boolean.parseBoolean(f.get(9)));
	}

	static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

}
