package vn.baocao.extract.area;

import java.time.LocalDate;

/**
 * An administrative unit of the gazetteer.
 *
 * @param key        unique across the lists: 'old:79' for a unit coded before 1 July 2025 (in force
 *                   then, or abolished earlier), 'new:79' for one from 1 July 2025 (codes were reused)
 * @param code       the GSO/NSO code
 * @param name       proper name without its type word ('Cần Thơ', 'Cái Răng'; numbered units by number: '1')
 * @param type       type word in lower case: tỉnh, thành phố, quận, huyện, thị xã, xã, phường, thị trấn, đặc khu
 * @param level      province, district or commune
 * @param parentKey  the key of its province or district, null for a province
 * @param validFrom  first day in force where the lists say it (1 July 2025 for the new units), else null
 * @param validTo    last day in force where the lists say it (30 June 2025 for the old units still in force
 *                   then; the last list date for a unit abolished earlier), else null
 */
public record AdminUnit(String key, String code, String name, String type, String level, String parentKey,
                        LocalDate validFrom, LocalDate validTo) {

    public boolean validOn(LocalDate date) {
        return date == null || (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** 'huyện Thới Lai', 'Quận 1'. */
    public String label() {
        return type + " " + name;
    }
}
