package vn.baocao.extract.area;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.baocao.extract.text.Fold;

/**
 * What the inbox says about the area of the reports in it, for reports whose
 * text does not name it (a commune's report without a title, a portal page).
 * Two ways, the manifest first:
 * <ul>
 *   <li>a manifest {@value #MANIFEST} in any inbox folder: one line per file or file pattern
 *       ({@code file,area}), the area written as a statistician writes it ('xã Đức Giang, huyện Vũ Quang,
 *       tỉnh Hà Tĩnh') or as a gazetteer code ('09847'); it covers its folder and the folders below;</li>
 *   <li>folder names: a folder named after a unit ('ha-tinh/vu-quang/duc-giang', 'huyen-thoi-lai',
 *       'Xã Đức Giang'), read from the inbox root down; a type word at the start ('tinh-', 'huyen-', 'xa-'...)
 *       says which kind of unit it is; each folder narrows the one above.</li>
 * </ul>
 */
public final class InboxAreas {

    public static final String MANIFEST = vn.baocao.read.InboxScanner.MANIFEST;

    /**
     * What the inbox says of one file.
     *
     * @param units    the units it can be (one when the inbox is clear)
     * @param source   the manifest line or folder it came from
     * @param problem  why the inbox could not be read (a name no unit has), else null
     */
    public record Hint(List<AdminUnit> units, String source, String problem) {

        /** The unit, when the inbox names exactly one; else null. */
        public AdminUnit unit() {
            return units.size() == 1 ? units.get(0) : null;
        }
    }

    private static final Map<String, String> TYPE_WORDS = Map.of("tinh", "tỉnh", "thanh pho", "thành phố", "tp", "thành phố",
            "huyen", "huyện", "quan", "quận", "thi xa", "thị xã", "xa", "xã", "phuong", "phường", "thi tran", "thị trấn");

    private final Gazetteer gazetteer;
    private final List<Path> roots;
    private final Map<Path, Hint> byFolder = new ConcurrentHashMap<>();
    private final Map<Path, List<ManifestLine>> manifests = new ConcurrentHashMap<>();

    private record ManifestLine(PathMatcher pattern, String file, Hint hint) {
    }

    public InboxAreas(Gazetteer gazetteer, List<Path> roots) {
        this.gazetteer = gazetteer;
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /** What the inbox says of this file, or null when it says nothing. */
    public Hint hintFor(Path file) {
        Path f = file.toAbsolutePath().normalize();
        Path root = roots.stream().filter(f::startsWith).findFirst().orElse(null);
        if (root == null) {
            return null;
        }
        for (Path dir = f.getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
            for (ManifestLine line : manifest(dir)) {
                Path relative = dir.relativize(f);
                if (line.pattern().matches(relative) || line.pattern().matches(f.getFileName())) {
                    return line.hint();
                }
            }
        }
        Hint folder = byFolder.computeIfAbsent(f.getParent(), d -> folders(root, d));
        return folder.units().isEmpty() && folder.problem() == null ? null : folder;
    }

    private List<ManifestLine> manifest(Path dir) {
        return manifests.computeIfAbsent(dir, d -> {
            Path m = d.resolve(MANIFEST);
            if (!Files.isRegularFile(m)) {
                return List.of();
            }
            List<ManifestLine> lines = new ArrayList<>();
            try (Reader r = Files.newBufferedReader(m, StandardCharsets.UTF_8)) {
                for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(r)) {
                    String file = rec.isMapped("file") ? rec.get("file") : "";
                    String area = rec.isMapped("area") ? rec.get("area") : "";
                    if (file.isEmpty()) {
                        continue;
                    }
                    String where = m + " line " + (rec.getRecordNumber() + 1);
                    List<AdminUnit> units = written(area);
                    String problem = units.isEmpty() ? where + ": no administrative unit is named '" + area + "'" : null;
                    lines.add(new ManifestLine(FileSystems.getDefault().getPathMatcher("glob:" + file), file, new Hint(units, where, problem)));
                }
            } catch (IOException | RuntimeException e) {
                lines.add(new ManifestLine(FileSystems.getDefault().getPathMatcher("glob:**"), "*",
                        new Hint(List.of(), m.toString(), m + ": cannot be read: " + e.getMessage())));
            }
            return lines;
        });
    }

    /** 'xã Đức Giang, huyện Vũ Quang, tỉnh Hà Tĩnh', '09847', 'new:10402': the units it can be. */
    List<AdminUnit> written(String area) {
        String a = area.strip();
        if (a.matches("(old:|new:)?\\d{2,5}")) {
            AdminUnit u = gazetteer.get(a.contains(":") ? a : "old:" + a);
            if (!a.contains(":") && gazetteer.get("new:" + a) != null) {
                return u == null ? List.of(gazetteer.get("new:" + a)) : List.of(u, gazetteer.get("new:" + a));
            }
            return u == null ? List.of() : List.of(u);
        }
        List<AdminUnit> narrowed = null;
        String[] parts = a.split(",");
        for (int k = parts.length - 1; k >= 0; k--) { // from the largest unit down
            List<AdminUnit> here = named(parts[k].strip());
            narrowed = narrowed == null ? here : within(here, narrowed);
        }
        return narrowed == null ? List.of() : narrowed;
    }

    /** The units a folder path names, from the inbox root down to {@code dir}. */
    private Hint folders(Path root, Path dir) {
        List<AdminUnit> narrowed = null;
        String source = null;
        Path rel = root.relativize(dir);
        for (Path part : rel) {
            List<AdminUnit> here = named(part.toString().replace('-', ' ').replace('_', ' '));
            if (here.isEmpty()) {
                continue;
            }
            List<AdminUnit> inside = narrowed == null ? here : within(here, narrowed);
            if (!inside.isEmpty()) {
                narrowed = inside;
                source = root.resolve(rel).toString();
            }
        }
        return new Hint(narrowed == null ? List.of() : narrowed, source, null);
    }

    /** Units named by a written name with or without its type word ('huyện Vũ Quang', 'huyen vu quang', 'Vũ Quang'). */
    private List<AdminUnit> named(String written) {
        String key = Fold.bare(written).replaceAll("\\s+", " ").strip();
        String type = null;
        String name = key;
        int longest = 0;
        for (Map.Entry<String, String> e : TYPE_WORDS.entrySet()) {
            if (key.startsWith(e.getKey() + " ") && e.getKey().length() > longest) {
                longest = e.getKey().length();
                type = e.getValue();
                name = key.substring(longest + 1);
            }
        }
        String t = type;
        return gazetteer.byNameKey(Gazetteer.nameKey(name)).stream().filter(u -> t == null || u.type().equals(t)).toList();
    }

    /** Those of {@code units} inside one of {@code outer}. */
    private List<AdminUnit> within(List<AdminUnit> units, List<AdminUnit> outer) {
        return units.stream().filter(u -> gazetteer.lineage(u).stream().skip(1)
                .anyMatch(a -> outer.stream().anyMatch(o -> o.key().equals(a.key())))).toList();
    }
}
