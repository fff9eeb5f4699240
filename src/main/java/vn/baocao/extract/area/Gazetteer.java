package vn.baocao.extract.area;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.baocao.extract.text.Fold;
import vn.baocao.extract.text.Tokens;

/**
 * Vietnam's administrative units, bundled with the project from the official
 * code lists (src/main/resources/gazetteer, see its README): in force before
 * 1 July 2025, from 1 July 2025, abolished 2019-2025, and the succession between
 * the old and the new units. Names are compared without diacritics, apostrophes
 * or the i/y spelling difference, as the sources spell them differently.
 */
public final class Gazetteer {

    /** The day the two-level government and the 34 provinces began. */
    public static final LocalDate REORGANISED = LocalDate.of(2025, 7, 1);

    private final Map<String, AdminUnit> byKey = new LinkedHashMap<>();
    private final Map<String, List<AdminUnit>> byName = new HashMap<>();
    private final Map<String, List<String>> successors = new HashMap<>();
    private final Map<String, List<String>> predecessors = new HashMap<>();
    /** The provinces by name key: a name written without its type word stands for a province only. */
    private final Map<String, List<AdminUnit>> provinces = new HashMap<>();
    private final NameIndex names = new NameIndex();

    private Gazetteer() {
    }

    /** The gazetteer bundled in the jar. */
    public static Gazetteer load() throws IOException {
        Gazetteer g = new Gazetteer();
        LocalDate lastOld = REORGANISED.minusDays(1);
        for (CSVRecord r : csv("units_before_2025.csv")) {
            g.add(unit("old:", r, null, lastOld));
        }
        for (CSVRecord r : csv("units_from_2025.csv")) {
            g.add(unit("new:", r, REORGANISED, null));
        }
        for (CSVRecord r : csv("units_abolished_2019_2025.csv")) {
            AdminUnit u = unit("old:", r, null, LocalDate.parse(r.get("valid_until")));
            String key = g.byKey.containsKey(u.key()) ? u.key() + "/" + Fold.bare(u.name()).replace(' ', '-') : u.key();
            g.add(new AdminUnit(key, u.code(), u.name(), u.type(), u.level(), u.parentKey(), u.validFrom(), u.validTo()));
            String successor = r.get("successor_code");
            if (!successor.isBlank() && !key.equals("old:" + successor)) {
                g.successors.computeIfAbsent(key, k -> new ArrayList<>()).add("old:" + successor);
            }
        }
        for (CSVRecord r : csv("succession_2025.csv")) {
            String old = "old:" + r.get("old_code");
            String neu = "new:" + r.get("new_code");
            g.successors.computeIfAbsent(old, k -> new ArrayList<>()).add(neu);
            g.predecessors.computeIfAbsent(neu, k -> new ArrayList<>()).add(old);
        }
        g.names.freeze(g.provinces.keySet());
        return g;
    }

    private static AdminUnit unit(String era, CSVRecord r, LocalDate from, LocalDate to) {
        String parent = r.get("parent_code");
        return new AdminUnit(era + r.get("code"), r.get("code"), r.get("name"), r.get("type"), r.get("level"),
                parent.isBlank() ? null : era + parent, from, to);
    }

    private void add(AdminUnit u) {
        byKey.put(u.key(), u);
        String key = nameKey(u.name());
        List<AdminUnit> named = byName.computeIfAbsent(key, k -> new ArrayList<>());
        named.add(u);
        if (u.level().equals("province")) {
            provinces.computeIfAbsent(key, k -> new ArrayList<>()).add(u);
        }
        // one entry per name: 'Tân Hòa' is the name of dozens of communes, and a hit per unit would be a hit per commune
        if (named.size() == 1 && !u.name().chars().allMatch(Character::isDigit)) {
            names.add(u.name(), key);
        }
    }

    private static List<CSVRecord> csv(String name) throws IOException {
        String resource = "gazetteer/" + name;
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("the bundled gazetteer file " + resource + " is missing from the jar");
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    /** How names are compared: no diacritics, no apostrophes, 'y' read as 'i' ('Quí'/'Quý', 'Hoà'/'Hòa', "M'gar"/'M’gar'). */
    public static String nameKey(String s) {
        String b = Fold.bare(s);
        StringBuilder out = new StringBuilder(b.length());
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == '\'' || c == '’') {
                continue;
            }
            out.append(c == 'y' ? 'i' : c);
        }
        return out.toString();
    }

    public AdminUnit get(String key) {
        return key == null ? null : byKey.get(key);
    }

    /** Units with this proper name, in every list. */
    public List<AdminUnit> named(String name) {
        return byName.getOrDefault(nameKey(name), List.of());
    }

    /** A reader of the unit names written in a document, each starting with a capital. */
    NameIndex.Reader names(Tokens tokens) {
        return names.reader(tokens);
    }

    /** Units whose name has this key. */
    public List<AdminUnit> byNameKey(String key) {
        return byName.getOrDefault(key, List.of());
    }

    /** The provinces among {@link #byNameKey}, in the same order. */
    public List<AdminUnit> provincesByNameKey(String key) {
        return provinces.getOrDefault(key, List.of());
    }

    public AdminUnit parent(AdminUnit u) {
        return get(u.parentKey());
    }

    /** The unit, its parent, and its parent's parent. */
    public List<AdminUnit> lineage(AdminUnit u) {
        List<AdminUnit> out = new ArrayList<>(3);
        for (AdminUnit x = u; x != null && out.size() < 4; x = parent(x)) {
            out.add(x);
        }
        return out;
    }

    /** The province a unit belongs to (itself for a province). */
    public AdminUnit province(AdminUnit u) {
        List<AdminUnit> l = lineage(u);
        return l.get(l.size() - 1);
    }

    /** What an old unit became (new units; for a unit abolished before 2025 the old unit it went into). */
    public List<AdminUnit> successors(AdminUnit u) {
        return successors.getOrDefault(u.key(), List.of()).stream().map(this::get).filter(x -> x != null).toList();
    }

    /** The old units a new unit was formed from. */
    public List<AdminUnit> predecessors(AdminUnit u) {
        return predecessors.getOrDefault(u.key(), List.of()).stream().map(this::get).filter(x -> x != null).toList();
    }

    public List<AdminUnit> units() {
        return Collections.unmodifiableList(new ArrayList<>(byKey.values()));
    }
}
