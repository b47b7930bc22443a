package vn.directive.directive.parse;

import java.util.List;
import java.util.Optional;
import vn.directive.unit.Unit;

/** The unit tree addressees are resolved in: a unit by code and its direct subordinates, in dataset order. */
public interface UnitDirectory {

    Optional<Unit> find(String code);

    List<Unit> children(String code);
}
