package value

import (
	"math"
	"strconv"
	"strings"

	"rapi/model"
)

// Money is an amount in sen (hundredths of a rupiah), so "1.250.000,50"
// keeps its cents without floating-point drift.
type Money int64

// MoneyFromRupiah makes whole rupiah into Money.
func MoneyFromRupiah(n int64) Money { return Money(n * 100) }

// MoneyFromFloat rounds a rupiah amount (as a spreadsheet stores it) to sen.
func MoneyFromFloat(f float64) Money { return Money(math.Round(f * 100)) }

// Rupiah is the amount rounded to whole rupiah (half away from zero).
func (m Money) Rupiah() int64 {
	if m < 0 {
		return -int64((-m + 50) / 100)
	}
	return int64((m + 50) / 100)
}

// Float is the amount in rupiah as a float, for spreadsheet cells.
func (m Money) Float() float64 { return float64(m) / 100 }

// String writes the amount as on Indonesian forms: "Rp1.250.000", or
// "Rp1.250.000,50" when there are sen.
func (m Money) String() string {
	if m%100 == 0 {
		return model.FormatRupiah(int64(m / 100))
	}
	s := model.FormatDecimal(m.Float(), 2)
	if strings.HasPrefix(s, "-") {
		return "-Rp" + s[1:]
	}
	return "Rp" + s
}

// ParseMoney reads an amount: "1250000", "Rp 1.250.000", "Rp1.250.000,-",
// "1.250.000,00", "1,250,000.00", "IDR 1.250.000", "-Rp 5.000",
// "(5.000)". The decimal separator is found from the text: when both "."
// and "," appear the last one is decimal; a single separator followed by
// exactly three digits groups thousands (rupiah have at most two decimals),
// otherwise it is decimal.
func ParseMoney(s string) (Money, error) {
	t := Clean(s)
	if IsBlank(t) {
		return 0, invalid("money", s, ReasonEmpty)
	}
	f, ok := parseNumber(t, true)
	if !ok {
		return 0, invalid("money", s, ReasonMoney)
	}
	return MoneyFromFloat(f), nil
}

// ParseInt reads a whole number: "12", "1.250", "1,250", "12 berkas" (a
// unit word after the number is allowed), "12.0" from a spreadsheet.
func ParseInt(s string) (int64, error) {
	t := Clean(s)
	if IsBlank(t) {
		return 0, invalid("int", s, ReasonEmpty)
	}
	if i := strings.IndexByte(t, ' '); i > 0 {
		unit := t[i+1:]
		if strings.IndexFunc(unit, func(r rune) bool { return !isLetter(r) && r != ' ' && r != '.' }) < 0 {
			t = t[:i]
		}
	}
	f, ok := parseNumber(t, false)
	if !ok || f != math.Trunc(f) || math.Abs(f) > 1<<53 {
		return 0, invalid("int", s, ReasonInt)
	}
	return int64(f), nil
}

// parseNumber reads a number with Indonesian or English separators.
func parseNumber(t string, money bool) (float64, bool) {
	neg, t := stripSign(t)
	if money {
		neg, t = stripMoney(t, neg)
	}
	t = strings.ReplaceAll(t, " ", "")
	if t == "" {
		return 0, false
	}
	// Excel's raw values may be in exponent form: 1.25E+6.
	if strings.ContainsAny(t, "eE") {
		f, err := strconv.ParseFloat(t, 64)
		if err != nil {
			return 0, false
		}
		return sign(neg, f), true
	}
	for _, c := range t {
		if (c < '0' || c > '9') && c != '.' && c != ',' {
			return 0, false
		}
	}
	intPart, frac, group, ok := splitNumber(t)
	if !ok {
		return 0, false
	}
	if group != 0 {
		if intPart, ok = ungroup(intPart, group); !ok {
			return 0, false
		}
	}
	if intPart == "" || !isDigits(intPart) || (frac != "" && !isDigits(frac)) {
		return 0, false
	}
	f, err := strconv.ParseFloat(intPart+"."+frac+"0", 64)
	if err != nil {
		return 0, false
	}
	return sign(neg, f), true
}

// stripSign takes off a leading minus or accounting parentheses.
func stripSign(t string) (neg bool, rest string) {
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
		neg, t = true, strings.TrimSpace(t[1:len(t)-1])
	}
	if strings.HasPrefix(t, "-") || strings.HasPrefix(t, "−") {
		neg = !neg
		t = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(t, "-"), "−"))
	}
	return neg, t
}

// stripMoney takes off what registers write around an amount: "Rp", "IDR",
// a minus after the currency, and the ",-" or ",00-" after it.
func stripMoney(t string, neg bool) (bool, string) {
	low := strings.ToLower(t)
	for _, p := range []string{"rp.", "rp", "idr"} {
		if strings.HasPrefix(low, p) {
			t = strings.TrimSpace(t[len(p):])
			break
		}
	}
	if strings.HasPrefix(t, "-") && !neg {
		neg, t = true, strings.TrimSpace(t[1:])
	}
	t = strings.TrimSuffix(strings.TrimSuffix(t, ",-"), ".-")
	return neg, strings.TrimSuffix(strings.TrimSpace(t), ",00-")
}

// splitNumber reads which of '.' and ',' groups thousands and which marks
// the decimals: with both, the last one is the decimal mark; a single one
// followed by exactly three digits (and not after a leading 0) groups.
func splitNumber(t string) (intPart, frac string, group byte, ok bool) {
	dots, commas := strings.Count(t, "."), strings.Count(t, ",")
	switch {
	case dots > 0 && commas > 0:
		last := strings.LastIndexAny(t, ".,")
		dec := t[last]
		group = '.'
		if dec == '.' {
			group = ','
		}
		if strings.Count(t, string(dec)) != 1 {
			return "", "", 0, false
		}
		return t[:last], t[last+1:], group, true
	case dots+commas == 0:
		return t, "", 0, true
	case dots+commas > 1:
		if dots > 0 {
			return t, "", '.', true
		}
		return t, "", ',', true
	}
	i := strings.IndexAny(t, ".,") // a single separator
	if len(t)-i-1 == 3 && i >= 1 && i <= 3 && t[0] != '0' {
		return t, "", t[i], true
	}
	return t[:i], t[i+1:], 0, true
}

// ungroup removes the thousands separators, which must group by three.
func ungroup(intPart string, group byte) (string, bool) {
	parts := strings.Split(intPart, string(group))
	for k, p := range parts {
		if (k == 0 && (len(p) < 1 || len(p) > 3)) || (k > 0 && len(p) != 3) {
			return "", false
		}
	}
	return strings.Join(parts, ""), true
}

func sign(neg bool, f float64) float64 {
	if neg {
		return -f
	}
	return f
}

// Condition is an asset's condition as recorded in KIB and KIR.
type Condition string

// The three canonical conditions.
const (
	Good        Condition = "B"  // Baik
	LightDamage Condition = "RR" // Rusak Ringan (KIR: KB, Kurang Baik)
	HeavyDamage Condition = "RB" // Rusak Berat
)

var conditionWords = map[string]Condition{
	"b": Good, "baik": Good, "bk": Good, "good": Good, "baik sekali": Good, "sangat baik": Good,
	"rr": LightDamage, "rusak ringan": LightDamage, "r ringan": LightDamage, "kb": LightDamage,
	"kurang baik": LightDamage, "kurang": LightDamage, "cukup": LightDamage, "cukup baik": LightDamage,
	"rb": HeavyDamage, "rusak berat": HeavyDamage, "r berat": HeavyDamage, "rusak total": HeavyDamage,
}

// ParseCondition reads B / Baik, RR / Rusak Ringan / KB / Kurang Baik and
// RB / Rusak Berat in any case and punctuation ("R. Berat", "rusak-ringan").
// A bare "Rusak" is refused: it does not say how badly.
func ParseCondition(s string) (Condition, error) {
	t := Fold(s)
	if t == "" || IsBlank(s) {
		return "", invalid("condition", s, ReasonEmpty)
	}
	if c, ok := conditionWords[t]; ok {
		return c, nil
	}
	if c, ok := conditionWords[strings.ReplaceAll(t, " ", "")]; ok {
		return c, nil
	}
	return "", invalid("condition", s, ReasonCondition)
}

// ParseRupiah reads a whole-rupiah amount as registers write it:
// "Rp 12.500.000,00", "12500000", "12.500.000", "Rp12.500.000,-". Sen
// other than ",00" are refused (harga perolehan is booked in whole
// rupiah), and so is a negative amount.
func ParseRupiah(s string) (int64, error) {
	m, err := ParseMoney(s)
	if err != nil {
		return 0, err
	}
	if m < 0 || m%100 != 0 {
		return 0, invalid("money", s, ReasonMoney)
	}
	return int64(m / 100), nil
}

// FormatRupiah writes whole rupiah as forms print them: "Rp12.500.000".
func FormatRupiah(n int64) string { return model.FormatRupiah(n) }
