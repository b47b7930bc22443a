package vn.directive.directive;

/** Reads a directive's text into a draft; with an issuer unit, resolves its addressees in that unit's subtree. */
public interface DirectiveReader {

    /** @throws vn.directive.web.ApiException 422 when the text holds no directive */
    DirectiveDraft read(String text, String issuerUnitCode);

    /** The units of the issuer's subtree that addressee names ("UBND các huyện, thành phố") stand for. */
    java.util.List<String> resolve(String issuerUnitCode, java.util.List<String> names);
}
