package org.dyad.store.analytics;

import java.util.List;

/**
 * Who dealt with whom: the busiest directed links and the sides they join.
 *
 * @param nodes every side of a link, busiest first
 * @param links the links, busiest first
 */
public record Network(List<Node> nodes, List<Link> links) {
  public Network {
    nodes = List.copyOf(nodes);
    links = List.copyOf(links);
  }

  /**
   * One side.
   *
   * @param id its country or actor code
   * @param label its name where every event gives the same one, else its code
   * @param events asserted events it took part in (either side) in the range, on any link
   */
  public record Node(String id, String label, long events) {}

  /**
   * Events from one side to another.
   *
   * @param source the acting side
   * @param target the side acted upon
   * @param events asserted events
   * @param quad those events by QuadClass
   * @param goldsteinSum sum of their Goldstein values
   */
  public record Link(String source, String target, long events, QuadCounts quad, double goldsteinSum) {
    /** Mean Goldstein value per event. */
    public double goldsteinMean() {
      return events == 0 ? 0 : goldsteinSum / events;
    }
  }
}
