package synthetic

// Fictional people and places. Names are common given and family names
// combined at random; no combination refers to a real patient.
var (
	maleGiven      = []string{"Walter", "Harold", "Gerald", "Dennis", "Raymond", "Curtis", "Leon", "Victor", "Marcus", "Ernest", "Samuel", "Luis", "Arthur", "Clifford", "Wendell", "Tobias"}
	femaleGiven    = []string{"Loretta", "Beverly", "Marlene", "Doris", "Yvonne", "Gloria", "Irene", "Rosalind", "Bernadette", "Carmen", "Ruth", "Delia", "Nadine", "Opal", "Esther", "Lucille"}
	clinicianGiven = []string{"Anika", "Tomas", "Priya", "Jonah", "Miriam", "Kwame", "Elena", "Farid", "Grace", "Hector", "Ingrid", "Julian", "Keiko", "Lars", "Naomi", "Osei"}
	familyNames    = []string{"Abernathy", "Birchfield", "Castellano", "Dunmore", "Ellery", "Fairweather", "Galloway", "Hollis", "Ivers", "Jessup", "Kowalczyk", "Lindqvist", "Marchetti", "Nakamura", "Okafor", "Pemberton", "Quintero", "Radcliffe", "Somerville", "Thistlewood", "Underhill", "Vasquez", "Whitcombe", "Yarborough"}
	clinics        = []string{"Riverbend Community Health", "Lakeshore Medical Group", "Cedar Hollow Physicians", "Northgate Regional Clinic", "Maple Valley Health Partners"}
	cities         = [][3]string{{"Millbrook", "OH", "43901"}, {"Fairhaven", "PA", "16901"}, {"Cedar Falls", "WI", "54901"}, {"Stonebridge", "MI", "49901"}, {"Harlow", "IN", "46901"}}
)

// labDef is a routine test with its normal range, used for baseline labs and
// for the noise a busy chart carries.
type labDef struct {
	Prefix, LOINC, Display, Unit, UCUM, Category string
	Low, High                                    float64
	Decimals                                     int
}

var routineLabs = []labDef{
	{"sodium", "2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L", "laboratory", 136, 145, 0},
	{"potassium", "2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L", "laboratory", 3.5, 5.1, 1},
	{"chloride", "2075-0", "Chloride [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L", "laboratory", 98, 107, 0},
	{"bicarbonate", "2028-9", "Carbon dioxide, total [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L", "laboratory", 22, 29, 0},
	{"bun", "3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", "laboratory", 7, 20, 0},
	{"creatinine", "2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", "laboratory", 0.6, 1.3, 2},
	{"glucose", "2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", "laboratory", 70, 99, 0},
	{"calcium", "17861-6", "Calcium [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", "laboratory", 8.6, 10.3, 1},
	{"hemoglobin", "718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", "g/dL", "laboratory", 12, 17.5, 1},
	{"wbc", "6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*3/uL", "10*3/uL", "laboratory", 4, 11, 1},
	{"platelets", "777-3", "Platelets [#/volume] in Blood by Automated count", "10*3/uL", "10*3/uL", "laboratory", 150, 400, 0},
	{"alt", "1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", "U/L", "laboratory", 7, 56, 0},
	{"ast", "1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", "U/L", "laboratory", 10, 40, 0},
	{"albumin", "1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/dL", "g/dL", "laboratory", 3.5, 5, 1},
	{"tsh", "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L", "m[IU]/L", "laboratory", 0.4, 4.5, 2},
	{"ldl", "13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "mg/dL", "mg/dL", "laboratory", 0, 100, 0},
	{"hdl", "2085-9", "Cholesterol in HDL [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", "laboratory", 40, 90, 0},
	{"triglycerides", "2571-8", "Triglyceride [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", "laboratory", 0, 150, 0},
	{"magnesium", "19123-9", "Magnesium [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", "laboratory", 1.7, 2.2, 1},
	{"inr", "6301-6", "INR in Platelet poor plasma by Coagulation assay", "{INR}", "{INR}", "laboratory", 0.8, 1.2, 1},
	{"urine-albumin", "14959-1", "Microalbumin/Creatinine [Mass Ratio] in Urine", "mg/g", "mg/g", "laboratory", 0, 30, 0},
	{"vitamin-d", "1989-3", "25-hydroxyvitamin D3 [Mass/volume] in Serum or Plasma", "ng/mL", "ng/mL", "laboratory", 30, 100, 0},
	{"heart-rate", "8867-4", "Heart rate", "/min", "/min", "vital-signs", 60, 100, 0},
	{"resp-rate", "9279-1", "Respiratory rate", "/min", "/min", "vital-signs", 12, 20, 0},
	{"temperature", "8310-5", "Body temperature", "Cel", "Cel", "vital-signs", 36.1, 37.5, 1},
	{"systolic-bp", "8480-6", "Systolic blood pressure", "mm[Hg]", "mm[Hg]", "vital-signs", 90, 130, 0},
	{"diastolic-bp", "8462-4", "Diastolic blood pressure", "mm[Hg]", "mm[Hg]", "vital-signs", 60, 80, 0},
}
