package dev.relata.examples.core.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import java.util.Map;
import java.util.Set;

/**
 * Private fields with accessors ({@code isDone}), a primitive {@code int} key, a primitive foreign
 * key, and a set, a map and an array held in fields.
 */
@Entity(name = "coreTickets")
public class Ticket {
  private int id;
  private String title;
  private boolean done;
  private int boardId;
  private Set<String> labels;
  private Map<String, Integer> votes;
  private int[] scores;

  @BelongsTo private Board board;

  public Ticket() {}

  public Ticket(String title) {
    this.title = title;
  }

  public int getId() {
    return id;
  }

  public void setId(int id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public boolean isDone() {
    return done;
  }

  public void setDone(boolean done) {
    this.done = done;
  }

  public int getBoardId() {
    return boardId;
  }

  public void setBoardId(int boardId) {
    this.boardId = boardId;
  }

  public Set<String> getLabels() {
    return labels;
  }

  public void setLabels(Set<String> labels) {
    this.labels = labels;
  }

  public Map<String, Integer> getVotes() {
    return votes;
  }

  public void setVotes(Map<String, Integer> votes) {
    this.votes = votes;
  }

  public int[] getScores() {
    return scores;
  }

  public void setScores(int[] scores) {
    this.scores = scores;
  }

  public Board getBoard() {
    return board;
  }

  public void setBoard(Board board) {
    this.board = board;
  }

  @Override
  public String toString() {
    return "Ticket{id="
        + id
        + ", title="
        + title
        + ", done="
        + done
        + ", boardId="
        + boardId
        + ", labels="
        + labels
        + ", votes="
        + votes
        + ", scores="
        + java.util.Arrays.toString(scores)
        + "}";
  }
}
