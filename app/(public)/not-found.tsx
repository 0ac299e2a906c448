import { NotFoundPanel } from "@/components/tracker/not-found-panel";

// notFound() in a public page lands here, inside the public layout (header and footer already on).
export default function PublicNotFound() {
  return <NotFoundPanel />;
}
