package vn.baocao.extract.area;

/**
 * The area a document reports for.
 *
 * @param unit      the gazetteer unit, or null when the name is known but not which unit it is (see note)
 * @param name      proper name ('Thới Lai')
 * @param type      type word ('huyện')
 * @param level     province, district or commune
 * @param rule      how it was found: issuer, title, text, inbox
 * @param evidence  the words it was read from
 * @param note      why the unit is not certain, or a disagreement with the inbox; null when all is clear
 */
public record ResolvedArea(AdminUnit unit, String name, String type, String level, String rule, String evidence, String note) {

    public static ResolvedArea of(AdminUnit u, String rule, String evidence, String note) {
        return new ResolvedArea(u, u.name(), u.type(), u.level(), rule, evidence, note);
    }

    public ResolvedArea withNote(String n) {
        return new ResolvedArea(unit, name, type, level, rule, evidence, n);
    }

    /** 'huyện Thới Lai'. */
    public String label() {
        return type + " " + name;
    }
}
