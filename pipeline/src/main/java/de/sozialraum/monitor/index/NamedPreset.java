package de.sozialraum.monitor.index;

/**
 * What every index method shares: its name, which prefixes all its columns; its headline and class
 * columns, named by a suffix the method's publications use; the indicators' directions and labels.
 */
public abstract class NamedPreset implements IndexPreset {

  protected final String name;
  protected final Indicators indicators;
  private final String headlineSuffix;
  private final String classSuffix;

  /**
   * @param headlineSuffix e.g. {@code _status_index} for {@code mss_status_index}
   */
  protected NamedPreset(
      String name, String headlineSuffix, String classSuffix, Indicators indicators) {
    this.name = name;
    this.headlineSuffix = headlineSuffix;
    this.classSuffix = classSuffix;
    this.indicators = indicators;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String headlineColumn() {
    return name + headlineSuffix;
  }

  @Override
  public final String classColumn() {
    return name + classSuffix;
  }
}
