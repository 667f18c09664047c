// Package scan reads faxed and scanned prior-authorization packets: a
// payer's request form and the pages of notes, labs and imaging reports
// sent with it, as PDF, TIFF (multi-page fax G3/G4 included), PNG or JPEG.
//
// Inspect checks a file before any work is done (what it is, how many
// pages, how large each page would be once decoded) so a file that is not
// an image, has no pages, has hundreds or would decode into gigabytes is
// refused with a clear error and nothing stored. Engine rasterises each
// page (Poppler for PDF, ImageMagick for images: resampled to 300 dpi and
// de-skewed) and runs Debian's Tesseract on them, keeping every word's box
// and confidence, and a PDF of the page images with the OCR text layer.
// Classify names what each page is; Extract reads the request off the
// form page — member, date of birth, member id, requesting provider and
// NPI, service codes and name, diagnosis codes, urgency and dates — each
// field with its page, box and confidence, codes checked against the code
// lists.
//
// What the package never does: decide that a packet is good enough to
// draft. Review lists why a packet must wait for a nurse (a field missing,
// read with low confidence, a code not on the list); the nurse confirms
// or corrects every field before a case is opened. OCR text is data about
// a patient: it is never logged.
package scan
