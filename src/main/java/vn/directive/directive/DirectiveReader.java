package vn.directive.directive;

/** Reads a directive's text into a draft; with an issuer unit, resolves its addressees in that unit's subtree. */
public interface DirectiveReader {

    /** @throws vn.directive.web.ApiException 422 when the text holds no directive */
    DirectiveDraft read(String text, String issuerUnitCode);
}
