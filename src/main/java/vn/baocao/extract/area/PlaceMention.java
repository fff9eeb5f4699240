package vn.baocao.extract.area;

import java.util.List;

/**
 * A place named in a document: tokens [start, end), the type word written before
 * it (canonical, null for a bare name), the units the name can be, and whether an
 * issuing body stands right before it ('UBND huyện Thới Lai', 'Cục Thống kê tỉnh
 * Nghệ An').
 */
public record PlaceMention(int start, int end, String type, List<AdminUnit> units, boolean issuer, String issuerField) {

    public boolean typed() {
        return type != null;
    }

    public boolean mayBe(AdminUnit u) {
        return u != null && units.stream().anyMatch(x -> x.key().equals(u.key()));
    }
}
